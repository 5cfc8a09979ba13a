using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A <c>TableCell</c>: a container of elements in a <see cref="TableRow"/>.</summary>
public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    public ContainerStyle Style { get; init; }

    /// <summary>A cell holding one wrapped TextBlock.</summary>
    public static TableCell Text(string text, TextWeight weight = TextWeight.Default) =>
        new([new TextBlock(text) { Wrap = true, Weight = weight }]);

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "TableCell" };
        CardJson.Put(json, "style", Style);
        CardJson.PutArray(json, "items", Items, i => i.ToJson(), evenIfEmpty: true);
        return json;
    }
}
