using Assistant.Core.Conversations;

namespace Assistant.Hosting;

/// <summary>Something a channel keeps about a conversation besides the store's state and transcript, removed on "vergeet mij".</summary>
public interface IConversationForgetting
{
    /// <summary>Removes what is kept for the engine's conversation key <paramref name="conversationKey"/> (a no-op for other channels' keys).</summary>
    Task ForgetAsync(string conversationKey, CancellationToken cancellationToken = default);
}

/// <summary>
/// The store the engine uses: the configured one, whose <see cref="DeleteAsync"/> ("vergeet mij") also removes what the
/// channels keep (<see cref="IConversationForgetting"/>), so a forgotten conversation is gone everywhere before the
/// confirmation is sent.
/// </summary>
public sealed class ForgettingConversationStore(IConversationStore inner, IEnumerable<IConversationForgetting> channels) : IConversationStore
{
    public Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default) => inner.LoadAsync(conversationId, cancellationToken);

    public Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default) =>
        inner.SaveAsync(conversationId, stateJson, expectedVersion, cancellationToken);

    public Task<long> SaveTurnAsync(string conversationId, string stateJson, long expectedVersion, IReadOnlyList<TranscriptEntry> transcript, CancellationToken cancellationToken = default) =>
        inner.SaveTurnAsync(conversationId, stateJson, expectedVersion, transcript, cancellationToken);

    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await inner.DeleteAsync(conversationId, cancellationToken).ConfigureAwait(false);
        foreach (var channel in channels)
        {
            await channel.ForgetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default) => inner.AppendTranscriptAsync(entry, cancellationToken);

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default) => inner.ReadTranscriptAsync(conversationId, cancellationToken);

    public Task<int> PurgeAsync(CancellationToken cancellationToken = default) => inner.PurgeAsync(cancellationToken);

    public Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default) =>
        inner.SaveFeedbackAsync(conversationId, turnId, vote, cancellationToken);

    public Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => inner.ReadInsightsAsync(since, cancellationToken);

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => inner.IsHealthyAsync(cancellationToken);
}
