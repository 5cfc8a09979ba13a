using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.DirectLine;

/// <summary>The Direct Line 3.0 endpoint under <c>/v3/directline</c> (configuration section <c>Assistant:DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "Assistant:DirectLine";

    /// <summary>
    /// The server-side secret for <c>POST /tokens/generate</c> (and full access as a bearer). Empty: a random secret is
    /// generated at start, and in development loopback clients may generate tokens without it.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// The key that signs Direct Line tokens (any long random string). Set the same value on every instance, so a token issued
    /// by one is accepted by the others. Empty: derived from <see cref="Secret"/> when that is set, else random per process
    /// (tokens then die with the process and work on one instance only; logged at start).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a token is valid, in minutes (30).</summary>
    [Range(1, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>Activities kept per conversation for the stream (the oldest are dropped).</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Conversations held in memory at once.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>
    /// Of <see cref="MaxConversations"/>, how many only secret holders may open: conversations opened anonymously (the
    /// page's <c>POST /api/webchat/token</c>) stop this far below the cap (1,000).
    /// </summary>
    [Range(0, 1_000_000)]
    public int ReservedForSecretConversations { get; set; } = 1_000;

    /// <summary>A conversation without activity for this long may be evicted when the cap is reached (15 minutes).</summary>
    [Range(1, 24 * 60)]
    public int IdleConversationMinutes { get; set; } = 15;

    /// <summary>The idle time after which a conversation may be evicted.</summary>
    public TimeSpan IdleConversationTime => TimeSpan.FromMinutes(IdleConversationMinutes);

    /// <summary>The bot's account id on the stream.</summary>
    [Required]
    public string BotId { get; set; } = "assistant";

    /// <summary>How long the tokens live.</summary>
    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(TokenLifetimeMinutes);
}
