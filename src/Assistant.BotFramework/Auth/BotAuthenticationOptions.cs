namespace Assistant.BotFramework.Auth;

/// <summary>
/// Inbound authentication of <c>/api/messages</c>. Without <see cref="MicrosoftAppId"/> the bot
/// runs in development mode. Every URL and issuer is configurable so tests can use loopback.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Assistant:Bot";

    /// <summary>The bot's app id (the expected audience); empty = development mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The bot's Entra tenant (single-tenant bots).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Framework channel service.</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of channel tokens.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra OpenID metadata; <c>{tenant}</c> is replaced by the token's tenant.</summary>
    public string EntraMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Entra tenants trusted besides the configured one (the Bot Framework's own tenants).</summary>
    public IList<string> BotFrameworkTenants { get; } = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>Clock skew allowed when checking token lifetime.</summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>In development mode, accept anonymous requests only from loopback.</summary>
    public bool AllowAnonymousOnLoopbackOnly { get; set; } = true;

    /// <summary>Require https for metadata and key downloads (tests turn this off).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
