namespace Assistant.Dialogs.Cards.Elements;

/// <summary>An action's <c>style</c>; <see cref="Default"/> is left out of the JSON.</summary>
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
