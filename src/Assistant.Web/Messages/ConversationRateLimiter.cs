using System.Threading.RateLimiting;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Messages;

/// <summary>The per-conversation limit on /api/messages (the conversation id is only known after reading the body).</summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<WebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.Value.PermitsPerConversationPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(id => RateLimitPartition.GetFixedWindowLimiter(id, _ => ClientRateLimiting.Window(permits)));
    }

    /// <summary>Takes one permit for <paramref name="conversationKey"/>; null when granted, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string conversationKey)
    {
        using var lease = _limiter.AttemptAcquire(conversationKey);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
