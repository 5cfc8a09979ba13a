using System.Collections.Concurrent;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// At most one typing activity per conversation every <see cref="Interval"/> (clients ignore
/// more and channels throttle them). Register as a singleton.
/// </summary>
public sealed class TypingThrottle(TimeProvider timeProvider)
{
    /// <summary>Minimum time between two typing activities in one conversation.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private const int PruneThreshold = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastSent = new(StringComparer.Ordinal);

    /// <summary>True (and the slot is taken) when a typing activity may be sent now.</summary>
    public bool TryAcquire(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var now = timeProvider.GetUtcNow();
        if (lastSent.Count > PruneThreshold)
        {
            Prune(now);
        }

        while (true)
        {
            if (!lastSent.TryGetValue(conversationId, out var previous))
            {
                if (lastSent.TryAdd(conversationId, now))
                {
                    return true;
                }

                continue;
            }

            if (now - previous < Interval)
            {
                return false;
            }

            if (lastSent.TryUpdate(conversationId, now, previous))
            {
                return true;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var entry in lastSent.Where(e => now - e.Value >= Interval))
        {
            lastSent.TryRemove(entry);
        }
    }
}
