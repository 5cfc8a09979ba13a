using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>An <c>Image</c> (e.g. an employer's logo); <see cref="AltText"/> is what screen readers say.</summary>
public sealed record Image(string Url) : CardElement
{
    public override string Type => "Image";

    public string? AltText { get; init; }

    public ImageSize Size { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        json["url"] = Url;
        CardJson.Put(json, "altText", AltText);
        CardJson.Put(json, "size", Size);
    }
}
