using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>
/// A 1.5 <c>Table</c>. The first row is the header (the schema's default, so it is not written: clients disagree on
/// the name of that flag, "firstRowAsHeader" or "firstRowAsHeaders").
/// </summary>
public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    public override string Type => "Table";

    public bool ShowGridLines { get; init; } = true;

    public ContainerStyle GridStyle { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        CardJson.PutArray(json, "columns", Columns, c => c.ToJson(), evenIfEmpty: true);
        CardJson.PutArray(json, "rows", Rows, r => r.ToJson(), evenIfEmpty: true);
        if (!ShowGridLines)
        {
            json["showGridLines"] = false;
        }

        CardJson.Put(json, "gridStyle", GridStyle);
    }
}
