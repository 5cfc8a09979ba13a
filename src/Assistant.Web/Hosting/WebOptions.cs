using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Hosting;

/// <summary>Limits of the HTTP endpoints (configuration section <c>Assistant:Web</c>; defaults live here, not in appsettings.json).</summary>
public sealed class WebOptions
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
    /// With normal delivery (replies through the connector), a typing indicator is sent when a turn takes longer than this
    /// (and then at most every 3 s); 0 = never.
    /// </summary>
    [Range(0, 60_000)]
    public int TypingAfterMilliseconds { get; set; } = 1000;
}
