using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A <c>Column</c> of a <see cref="ColumnSet"/>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public ColumnWidth? Width { get; init; }

    public ContainerStyle Style { get; init; }

    public CardSpacing Spacing { get; init; }

    public bool Separator { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "Column" };
        if (Width is not null)
        {
            json["width"] = Width.ToJson();
        }

        CardJson.Put(json, "style", Style);
        CardJson.PutArray(json, "items", Items, i => i.ToJson(), evenIfEmpty: true);
        CardJson.Put(json, "spacing", Spacing);
        CardJson.Put(json, "separator", Separator);
        return json;
    }
}
