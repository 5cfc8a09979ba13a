using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>An <c>ActionSet</c>: buttons inside the body, next to what they act on (one contact's phone and e-mail).</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    public override string Type => "ActionSet";

    protected override void WriteProperties(JsonObject json) =>
        CardJson.PutArray(json, "actions", Actions, a => a.ToJson(), evenIfEmpty: true);
}
