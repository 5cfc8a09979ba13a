namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A TextBlock's <c>weight</c>; <see cref="Default"/> is left out of the JSON.</summary>
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
