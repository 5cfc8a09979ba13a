using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.BotFramework.Schema;

/// <summary>
/// Metadata attached to an activity (mention, clientInfo, …). Only <c>type</c> is modelled; the
/// body stays raw JSON in <see cref="ExtensionData"/> so every entity kind survives a round trip.
/// </summary>
public sealed record Entity
{
    /// <summary>Entity kind, e.g. <c>mention</c> or <c>clientInfo</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The entity body (every field except <c>type</c>).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Reads a string field of the body, or null.</summary>
    public string? GetString(string name) =>
        ExtensionData is not null && ExtensionData.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Reads an object field of the body, or null.</summary>
    public JsonElement? GetObject(string name) =>
        ExtensionData is not null && ExtensionData.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;
}
