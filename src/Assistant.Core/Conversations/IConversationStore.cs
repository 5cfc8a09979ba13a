namespace Assistant.Core.Conversations;

/// <summary>
/// Conversation state and transcripts. State is an opaque JSON string owned by the dialog layer, saved with
/// optimistic concurrency per conversation. Conversations not updated for longer than the retention period are
/// treated as gone (and removed by <see cref="PurgeAsync"/>); transcripts are stored with personal data redacted.
/// Failures of the underlying store surface as <see cref="StorageUnavailableException"/>.
/// </summary>
public interface IConversationStore
{
    /// <summary>The conversation's state, or null when it does not exist or has expired.</summary>
    Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the state when the stored version equals <paramref name="expectedVersion"/> (0: a new conversation)
    /// and returns the new version; otherwise throws <see cref="ConcurrencyConflictException"/> and writes nothing.
    /// </summary>
    Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// One turn's write: the state (as <see cref="SaveAsync"/>) and its transcript lines, all or nothing where the store
    /// supports it (SQLite: one transaction). On a version conflict nothing is written.
    /// </summary>
    async Task<long> SaveTurnAsync(string conversationId, string stateJson, long expectedVersion, IReadOnlyList<TranscriptEntry> transcript, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var version = await SaveAsync(conversationId, stateJson, expectedVersion, cancellationToken).ConfigureAwait(false);
        foreach (var entry in transcript)
        {
            await AppendTranscriptAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        return version;
    }

    /// <summary>Removes the conversation's state and transcript ("vergeet mij"). Deleting an unknown conversation is not an error.</summary>
    Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Appends a message to the transcript, with personal data redacted.</summary>
    Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The conversation's transcript in the order written (empty when unknown or expired).</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the conversations (state and transcript) past the retention period; returns how many.</summary>
    Task<int> PurgeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a vote (<see cref="FeedbackVotes"/>) on the assistant's answer of turn <paramref name="turnId"/> of the
    /// conversation, with that answer's intent, source and vacancy and no text; a second vote on the same answer replaces
    /// the first. Returns false, writing nothing, when the conversation holds no such answer (unknown, expired or forgotten).
    /// Deleting or purging the conversation deletes its votes. Stores that keep no transcript keep no votes.
    /// </summary>
    Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default);

    /// <summary>The transcript lines (redacted) and votes stored since <paramref name="since"/> of all live conversations, for the HR insights report.</summary>
    Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Whether the store can be used now (for readiness checks); never throws for an unusable store.</summary>
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default);
}
