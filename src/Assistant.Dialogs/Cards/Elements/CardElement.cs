using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>
/// An element of a card body (Adaptive Cards 1.5). Each element writes itself as the schema's JSON, with the
/// schema's property names and casing, leaving out nulls and defaults so hosts apply their own.
/// </summary>
public abstract record CardElement
{
    /// <summary>The schema's <c>type</c> ("TextBlock", "FactSet", …).</summary>
    public abstract string Type { get; }

    public string? Id { get; init; }

    public CardSpacing Spacing { get; init; }

    /// <summary>Draws a line above the element.</summary>
    public bool Separator { get; init; }

    /// <summary>The element as schema JSON: a new object on every call.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type };
        CardJson.Put(json, "id", Id);
        WriteProperties(json);
        CardJson.Put(json, "spacing", Spacing);
        CardJson.Put(json, "separator", Separator);
        return json;
    }

    /// <summary>Adds the element's own properties after <c>type</c> and <c>id</c>.</summary>
    protected abstract void WriteProperties(JsonObject json);
}
