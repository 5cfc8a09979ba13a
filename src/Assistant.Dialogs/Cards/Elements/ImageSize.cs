namespace Assistant.Dialogs.Cards.Elements;

/// <summary>An Image's <c>size</c>; <see cref="Default"/> is left out of the JSON.</summary>
public enum ImageSize
{
    Default,
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}
