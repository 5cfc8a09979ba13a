using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A column of a 1.5 <see cref="Table"/>: its relative width and the alignment of its cells.</summary>
public sealed record TableColumnDefinition(int Width = 1)
{
    public CellAlignment HorizontalCellContentAlignment { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["width"] = Width };
        CardJson.Put(json, "horizontalCellContentAlignment", HorizontalCellContentAlignment);
        return json;
    }
}
