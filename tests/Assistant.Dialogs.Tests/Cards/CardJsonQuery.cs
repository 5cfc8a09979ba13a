using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Tests.Cards;

/// <summary>Finds things in card JSON: every object of a type, every text shown.</summary>
internal static class CardJsonQuery
{
    public static IEnumerable<JsonObject> OfType(JsonNode? node, string type) => Objects(node).Where(o => (string?)o["type"] == type);

    /// <summary>Every TextBlock text and FactSet title/value, in document order.</summary>
    public static IReadOnlyList<string> Texts(JsonNode? node) =>
        Objects(node).SelectMany(o => (string?)o["type"] == "TextBlock" ? [(string)o["text"]!]
            : o.ContainsKey("title") && o.ContainsKey("value") && !o.ContainsKey("type") ? [(string)o["title"]!, (string)o["value"]!]
            : Array.Empty<string>()).ToList();

    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(p => p.Value).SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }
}
