using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Assistant.BotFramework.Auth;

/// <summary>Reads the <c>endorsements</c> a channel's signing key (JWK) lists.</summary>
internal static class Endorsements
{
    /// <summary>The endorsements of key <paramref name="keyId"/>, or null when the key lists none.</summary>
    public static IReadOnlyList<string>? Of(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return null;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText())],
            string single => [single],
            IEnumerable list => [.. list.Cast<object?>().Select(o => o?.ToString() ?? "")],
            _ => [raw.ToString() ?? ""],
        };
    }
}
