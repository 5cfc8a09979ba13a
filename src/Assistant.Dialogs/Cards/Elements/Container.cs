using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A <c>Container</c>: groups elements, optionally with a <see cref="ContainerStyle"/> background.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public override string Type => "Container";

    public ContainerStyle Style { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        CardJson.Put(json, "style", Style);
        CardJson.PutArray(json, "items", Items, i => i.ToJson(), evenIfEmpty: true);
    }
}
