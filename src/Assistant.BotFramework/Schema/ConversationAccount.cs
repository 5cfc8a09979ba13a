using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    /// <summary>Channel-specific conversation id (may contain <c>;</c>: escape it in paths).</summary>
    public string? Id { get; init; }

    /// <summary>Display name of the conversation.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the conversation has more than two participants.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>Entra tenant of the conversation.</summary>
    public string? TenantId { get; init; }

    /// <summary>Fields this type does not model, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
