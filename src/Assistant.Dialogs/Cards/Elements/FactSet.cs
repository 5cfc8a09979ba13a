using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A <c>FactSet</c>: title/value pairs shown as a two-column list.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    public override string Type => "FactSet";

    protected override void WriteProperties(JsonObject json) =>
        CardJson.PutArray(json, "facts", Facts, f => f.ToJson(), evenIfEmpty: true);
}
