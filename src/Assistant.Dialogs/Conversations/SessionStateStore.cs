using System.Collections.Concurrent;
using Assistant.Core.Conversations;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// The store behind <see cref="Answering.AssistantRuntime.CreateSessionFactory(Func{Knowledge.Base.KnowledgeSnapshot}, Answering.AssistantOptions)"/>:
/// conversation state in process memory for sessions that are never resumed elsewhere (evaluation, the CLI's one-shot
/// questions, tests). Versions are checked like every store; transcript lines are not kept (nothing reads them here).
/// The hosts wire a real store (SQLite, or Assistant.Storage's in-memory store with retention and redaction).
/// </summary>
public sealed class SessionStateStore : IConversationStore
{
    private readonly ConcurrentDictionary<string, ConversationRecord> _states = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public SessionStateStore(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    public Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return Task.FromResult(_states.TryGetValue(conversationId, out var record) ? record : null);
    }

    public Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(stateJson);
        var next = new ConversationRecord(conversationId, stateJson, expectedVersion + 1, _time.GetUtcNow());
        var saved = expectedVersion == 0
            ? _states.TryAdd(conversationId, next)
            : _states.TryGetValue(conversationId, out var current) && current.Version == expectedVersion && _states.TryUpdate(conversationId, next, current);
        if (!saved)
        {
            throw new ConcurrencyConflictException(conversationId, expectedVersion, _states.TryGetValue(conversationId, out var stored) ? stored.Version : 0);
        }

        return Task.FromResult(next.Version);
    }

    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        _states.TryRemove(conversationId, out _);
        return Task.CompletedTask;
    }

    /// <summary>Checks the entry and drops it: these sessions keep no transcript.</summary>
    public Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);

    /// <summary>No transcript, so no answer to vote on: nothing is written.</summary>
    public Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    public Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult(InsightsRecords.Empty);

    /// <summary>Nothing expires: the sessions live as long as the process that asked.</summary>
    public Task<int> PurgeAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
