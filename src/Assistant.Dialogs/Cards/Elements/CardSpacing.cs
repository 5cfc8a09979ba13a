namespace Assistant.Dialogs.Cards.Elements;

/// <summary>The space above an element (schema <c>spacing</c>); <see cref="Default"/> is left out of the JSON.</summary>
public enum CardSpacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
