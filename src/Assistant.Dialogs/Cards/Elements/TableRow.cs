using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A <c>TableRow</c>; a <see cref="Style"/> highlights the row (the amount that answers the question).</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public ContainerStyle Style { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "TableRow" };
        CardJson.Put(json, "style", Style);
        CardJson.PutArray(json, "cells", Cells, c => c.ToJson(), evenIfEmpty: true);
        return json;
    }
}
