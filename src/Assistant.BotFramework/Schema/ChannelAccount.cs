using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.BotFramework.Schema;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, conversation members).</summary>
public sealed record ChannelAccount
{
    /// <summary>Channel-specific id of the account.</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Entra object id (Teams).</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Role, see <see cref="RoleTypes"/>.</summary>
    public string? Role { get; init; }

    /// <summary>Fields this type does not model, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
