using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.BotFramework.Schema;

/// <summary>A file, card or other content attached to a message.</summary>
public sealed record Attachment
{
    /// <summary>MIME type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>Inline content (a card), kept as raw JSON.</summary>
    public JsonElement? Content { get; init; }

    /// <summary>Where the content can be downloaded.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>File name.</summary>
    public string? Name { get; init; }

    /// <summary>Thumbnail location.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Fields this type does not model, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
