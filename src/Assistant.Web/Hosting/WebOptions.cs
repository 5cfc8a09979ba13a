using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Hosting;

/// <summary>Limits of the HTTP endpoints (configuration section <c>Assistant:Web</c>; defaults live here, not in appsettings.json).</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string SectionName = "Assistant:Web";

    /// <summary>Largest accepted request body on /api/messages and POST /api/ask, in bytes (64 KB).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Longest accepted message text, in characters.</summary>
    [Range(1, 100_000)]
    public int MaxMessageChars { get; set; } = 4000;

    /// <summary>Requests per minute per client IP on /api/*.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerIpPerMinute { get; set; } = 60;

    /// <summary>Anonymous Web Chat tokens (<c>POST /api/webchat/token</c>) per minute per client IP (20; never more than <see cref="PermitsPerIpPerMinute"/>).</summary>
    [Range(1, 1_000_000)]
    public int AnonymousTokensPerIpPerMinute { get; set; } = 20;

    /// <summary>Direct Line reads (polls, reconnects, stream opens) per minute per conversation and client IP (120).</summary>
    [Range(1, 1_000_000)]
    public int PollsPerConversationPerMinute { get; set; } = 120;

    /// <summary>Activities per minute per conversation on /api/messages.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerConversationPerMinute { get; set; } = 20;

    /// <summary>
    /// Addresses of the reverse proxies in front of the host (e.g. <c>10.0.0.4</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed; empty (and no <see cref="KnownNetworks"/>) = the headers are ignored.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted reverse proxies in CIDR notation (e.g. <c>172.18.0.0/16</c> for a compose network).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>
    /// With normal delivery (replies through the connector), a typing indicator is sent when a turn takes longer than this
    /// (and then at most every 3 s); 0 = never.
    /// </summary>
    [Range(0, 60_000)]
    public int TypingAfterMilliseconds { get; set; } = 1000;

    /// <summary>Every proxy is an IP address and every network a CIDR range.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Assistant:Web:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Assistant:Web:KnownNetworks: '{network}' is not a CIDR range such as 10.0.0.0/8.", [nameof(KnownNetworks)]);
        }
    }
}
