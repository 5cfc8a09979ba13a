namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A TextBlock's <c>color</c>: the host maps these to its theme; <see cref="Default"/> is left out of the JSON.</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
