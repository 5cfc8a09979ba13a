using Assistant.Storage;
using Assistant.Core.Conversations;
using Assistant.Storage.Memory;

namespace Assistant.Web.Tests.Support;

/// <summary>An in-memory store whose loads take a while, like a turn waiting on a language model.</summary>
public sealed class SlowConversationStore(TimeSpan delay) : IConversationStore
{
    private readonly InMemoryConversationStore inner = new(new StorageOptions { Provider = StorageOptions.MemoryProvider }, TimeProvider.System);

    public async Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.LoadAsync(conversationId, cancellationToken);
    }

    public Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default) =>
        inner.SaveAsync(conversationId, stateJson, expectedVersion, cancellationToken);

    public Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default) => inner.AppendTranscriptAsync(entry, cancellationToken);

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default) =>
        inner.ReadTranscriptAsync(conversationId, cancellationToken);

    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default) => inner.DeleteAsync(conversationId, cancellationToken);

    public Task<int> PurgeAsync(CancellationToken cancellationToken = default) => inner.PurgeAsync(cancellationToken);

    public Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default) => inner.SaveFeedbackAsync(conversationId, turnId, vote, cancellationToken);

    public Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => inner.ReadInsightsAsync(since, cancellationToken);

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => inner.IsHealthyAsync(cancellationToken);
}
