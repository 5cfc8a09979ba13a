using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A <c>TextBlock</c>: plain text (no markdown is relied on), wrapped by default in our cards.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public override string Type => "TextBlock";

    public bool Wrap { get; init; }

    public TextWeight Weight { get; init; }

    public TextSize Size { get; init; }

    public bool IsSubtle { get; init; }

    public TextColor Color { get; init; }

    public CellAlignment HorizontalAlignment { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        json["text"] = Text;
        CardJson.Put(json, "wrap", Wrap);
        CardJson.Put(json, "weight", Weight);
        CardJson.Put(json, "size", Size);
        CardJson.Put(json, "isSubtle", IsSubtle);
        CardJson.Put(json, "color", Color);
        CardJson.Put(json, "horizontalAlignment", HorizontalAlignment);
    }
}
