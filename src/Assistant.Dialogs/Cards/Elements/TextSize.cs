namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A TextBlock's <c>size</c>; <see cref="Default"/> is left out of the JSON.</summary>
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
