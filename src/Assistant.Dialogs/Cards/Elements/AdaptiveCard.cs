using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>
/// An Adaptive Card, schema version 1.5 (what Teams and Web Chat render). Sent as an attachment with
/// <see cref="ContentType"/> and <see cref="ToJson"/> as its <c>content</c>.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The schema version our cards are written for.</summary>
    public const string Version = "1.5";

    /// <summary>The schema URL written as <c>$schema</c>.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    /// <summary>The card's language ("nl", "en", "fr"), used by hosts for dates and speech.</summary>
    public string? Lang { get; init; }

    /// <summary>Shown by hosts that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>The card as schema JSON: a new object on every call.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "AdaptiveCard", ["$schema"] = SchemaUrl, ["version"] = Version };
        CardJson.Put(json, "lang", Lang);
        CardJson.Put(json, "fallbackText", FallbackText);
        CardJson.PutArray(json, "body", Body, e => e.ToJson(), evenIfEmpty: true);
        CardJson.PutArray(json, "actions", Actions, a => a.ToJson());
        return json;
    }
}
