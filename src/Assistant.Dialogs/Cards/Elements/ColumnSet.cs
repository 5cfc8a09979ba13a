using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A <c>ColumnSet</c>: columns side by side (a timeline row, a check with its mark).</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public override string Type => "ColumnSet";

    public ContainerStyle Style { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        CardJson.Put(json, "style", Style);
        CardJson.PutArray(json, "columns", Columns, c => c.ToJson(), evenIfEmpty: true);
    }
}
