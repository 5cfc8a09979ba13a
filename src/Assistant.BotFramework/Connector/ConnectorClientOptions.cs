namespace Assistant.BotFramework.Connector;

/// <summary>
/// Outbound calls to the channel's connector (replies, updates, deletes). Without
/// <see cref="AppId"/> no token is requested or sent (development mode).
/// </summary>
public sealed class ConnectorClientOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Assistant:Connector";

    /// <summary>The bot's app id (client id); empty = no token.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's client secret.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Alias of <see cref="AppPassword"/>.</summary>
    public string? ClientSecret
    {
        get => AppPassword;
        set => AppPassword = value;
    }

    /// <summary>The bot's Entra tenant; required for a single-tenant bot.</summary>
    public string? TenantId { get; set; }

    /// <summary>Legacy multi-tenant bot: tokens come from the <c>botframework.com</c> tenant.</summary>
    public bool MultiTenant { get; set; }

    /// <summary>Token authority host (sovereign clouds, tests).</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>
    /// Service URLs that may receive our token without having arrived in an authenticated
    /// activity. Compared by scheme, host and port.
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];

    /// <summary>Retries after the first attempt (429, 408, 5xx); a retried POST may duplicate a message.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubled per retry, plus up to the same amount of jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A 429 asking to wait longer than this is not retried.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
