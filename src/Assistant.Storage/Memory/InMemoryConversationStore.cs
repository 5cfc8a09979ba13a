using Assistant.Core.Conversations;
using Assistant.Storage.Conversations;
using Assistant.Storage.Redaction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Storage.Memory;

/// <summary>
/// A conversation store in process memory with the same semantics as the SQLite store (versions, conflicts,
/// retention, redaction); for tests of other layers and demos. Nothing survives the process.
/// </summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly TranscriptRedactor _redactor;
    private readonly ILogger _logger;

    public InMemoryConversationStore(StorageOptions options, TimeProvider time, TranscriptRedactor? redactor = null, ILogger<InMemoryConversationStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _redactor = redactor ?? TranscriptRedactor.Default;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var live = Live(conversationId);
            return Task.FromResult(live?.State);
        }
    }

    public Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(stateJson);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        long version;
        lock (_lock)
        {
            var live = Live(conversationId);
            var actual = live?.State?.Version ?? 0;
            if (actual != expectedVersion)
            {
                _logger.Conflict(expectedVersion, actual);
                throw new ConcurrencyConflictException(conversationId, expectedVersion, actual);
            }

            var conversation = live ?? new Conversation();
            version = actual + 1;
            conversation.State = new ConversationRecord(conversationId, stateJson, version, _time.GetUtcNow());
            _conversations[conversationId] = conversation;
        }

        _logger.Saved(conversationId, version);
        return Task.FromResult(version);
    }

    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            _conversations.Remove(conversationId);
        }

        _logger.Deleted(conversationId);
        return Task.CompletedTask;
    }

    public Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        TranscriptValidation.Validate(entry);
        cancellationToken.ThrowIfCancellationRequested();
        var redacted = entry with { Text = _redactor.Redact(entry.Text) };
        lock (_lock)
        {
            // A line for an expired conversation starts it anew: writing never revives expired state or old lines.
            var conversation = Live(entry.ConversationId) ?? new Conversation();
            conversation.Transcript.Add(redacted);
            conversation.LastTranscriptWrite = _time.GetUtcNow();
            conversation.Written[redacted] = conversation.LastTranscriptWrite;
            _conversations[entry.ConversationId] = conversation;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            IReadOnlyList<TranscriptEntry> entries = Live(conversationId)?.Transcript.ToArray() ?? [];
            return Task.FromResult(entries);
        }
    }

    public Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int purged;
        lock (_lock)
        {
            var cutoff = Cutoff();
            var expired = _conversations.Where(pair => pair.Value.LastActivity < cutoff).Select(pair => pair.Key).ToList();
            expired.ForEach(id => _conversations.Remove(id));
            purged = expired.Count;
        }

        _logger.Purged(purged, _options.RetentionDays);
        return Task.FromResult(purged);
    }

    public Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default)
    {
        TranscriptValidation.ValidateFeedback(conversationId, turnId, vote);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var answer = Live(conversationId)?.Transcript.LastOrDefault(e => e.TurnId == turnId && e.Role == TranscriptRoles.Assistant);
            if (answer is null || _conversations.Any(c => c.Key != conversationId && c.Value.Feedback.ContainsKey(turnId)))
            {
                return Task.FromResult(false);
            }

            _conversations[conversationId].Feedback[turnId] = new TurnFeedback(turnId, vote, _time.GetUtcNow(), answer.Intent, answer.Source, answer.VacancyId);
            return Task.FromResult(true);
        }
    }

    public Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var live = _conversations.Keys.Select(Live).OfType<Conversation>().ToList();
            var lines = live.SelectMany(c => c.Transcript.Where(e => c.Written[e] >= since)).OrderBy(e => e.At).ToList();
            var votes = live.SelectMany(c => c.Feedback.Values).Where(f => f.At >= since).OrderBy(f => f.At).ToList();
            return Task.FromResult(new InsightsRecords(lines, votes));
        }
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    /// <summary>The conversation when it exists and has not expired (caller holds the lock).</summary>
    private Conversation? Live(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) && conversation.LastActivity >= Cutoff() ? conversation : null;

    private DateTimeOffset Cutoff() => _time.GetUtcNow() - _options.Retention;

    private sealed class Conversation
    {
        public ConversationRecord? State { get; set; }

        public List<TranscriptEntry> Transcript { get; } = [];

        /// <summary>When each line was written (the store's clock), for the insights' "since".</summary>
        public Dictionary<TranscriptEntry, DateTimeOffset> Written { get; } = new(ReferenceEqualityComparer.Instance);

        public Dictionary<string, TurnFeedback> Feedback { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset LastTranscriptWrite { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastActivity =>
            State is null || State.UpdatedAt < LastTranscriptWrite ? LastTranscriptWrite : State.UpdatedAt;
    }
}
