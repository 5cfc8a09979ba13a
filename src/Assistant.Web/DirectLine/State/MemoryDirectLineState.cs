using System.Collections.Concurrent;
using Assistant.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine.State;

/// <summary>The Direct Line conversations in this process's memory (the default: one instance; lost on restart).</summary>
public sealed class MemoryDirectLineState(IOptions<DirectLineOptions> options, TimeProvider time) : IDirectLineState
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    public Task<bool> CreateAsync(string id, string userId, DateTimeOffset expiresAt, bool anonymous, CancellationToken cancellationToken = default)
    {
        Sweep();
        var now = time.GetUtcNow();
        var anonymousCap = Math.Max(1, _options.MaxConversations - _options.ReservedForSecretConversations);
        if (anonymous && _conversations.Values.Count(c => c.Anonymous) >= anonymousCap && !EvictIdle(now, anonymousOnly: true))
        {
            return Task.FromResult(false);
        }

        if (_conversations.Count >= _options.MaxConversations && !EvictIdle(now, anonymousOnly: anonymous))
        {
            return Task.FromResult(false);
        }

        var conversation = new DirectLineConversation(id, userId, _options.MaxActivitiesPerConversation, expiresAt) { Anonymous = anonymous };
        conversation.Touch(now);
        _conversations[id] = conversation;
        return Task.FromResult(true);
    }

    /// <summary>Evicts the conversation idle longest if it has been idle long enough; whether one was evicted.</summary>
    private bool EvictIdle(DateTimeOffset now, bool anonymousOnly)
    {
        var idleSince = now - _options.IdleConversationTime;
        var idlest = _conversations.Values
            .Where(c => (!anonymousOnly || c.Anonymous) && c.LastActive <= idleSince)
            .MinBy(c => c.LastActive);
        if (idlest is null)
        {
            return false;
        }

        Remove(idlest);
        return true;
    }

    public Task<DirectLineConversationInfo?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Live(id) is { } c ? new DirectLineConversationInfo(c.Id, c.UserId, c.Started, c.ExpiresAt) : null);

    public Task ExtendAsync(string id, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        Live(id)?.Extend(until);
        return Task.CompletedTask;
    }

    public Task<bool> TryStartAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Live(id)?.TryStart() ?? false);

    public Task<Activity?> AppendAsync(string id, Activity activity, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(_conversations.TryGetValue(id, out var c) && !c.Ended ? c.Append(activity, now) : null);

    public Task<(IReadOnlyList<Activity> Activities, long Watermark)> SinceAsync(string id, long watermark, CancellationToken cancellationToken = default)
    {
        if (!_conversations.TryGetValue(id, out var c))
        {
            return Task.FromResult<(IReadOnlyList<Activity>, long)>(([], Math.Max(watermark, 0)));
        }

        var (activities, last, _) = c.Since(watermark);
        return Task.FromResult((activities, last));
    }

    public Task NextChange(string id) =>
        _conversations.TryGetValue(id, out var c) && !c.Ended ? c.Since(long.MaxValue).Changed : Task.CompletedTask;

    public Task ForgetActivitiesAsync(string id, CancellationToken cancellationToken = default)
    {
        if (_conversations.TryGetValue(id, out var c))
        {
            c.Forget();
        }

        return Task.CompletedTask;
    }

    private DirectLineConversation? Live(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }

        if (conversation.Ended || conversation.ExpiresAt <= time.GetUtcNow())
        {
            Remove(conversation);
            return null;
        }

        return conversation;
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var conversation in _conversations.Values.Where(c => c.Ended || c.ExpiresAt <= now))
        {
            Remove(conversation);
        }
    }

    private void Remove(DirectLineConversation conversation)
    {
        _conversations.TryRemove(conversation.Id, out _);
        conversation.End();
    }
}
