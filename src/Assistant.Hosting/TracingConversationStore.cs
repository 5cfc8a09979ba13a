using System.Diagnostics;
using Assistant.Core.Conversations;
using Assistant.Core.Diagnostics;

namespace Assistant.Hosting;

/// <summary>
/// The engine's store with one <c>assistant.store</c> span per load, save and delete (tag <c>operation</c>; a conflict or
/// an outage marks the span failed with the exception's type name). Nothing of the conversation is tagged: no id, no
/// state, no transcript. When nothing listens to <see cref="AssistantTelemetry.Source"/> it only forwards.
/// </summary>
public sealed class TracingConversationStore(IConversationStore inner) : IConversationStore
{
    public async Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        using var span = Start("load");
        try
        {
            return await inner.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            AssistantTelemetry.Failed(span, ex);
            throw;
        }
    }

    public async Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default)
    {
        using var span = Start("save");
        try
        {
            return await inner.SaveAsync(conversationId, stateJson, expectedVersion, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            AssistantTelemetry.Failed(span, ex);
            throw;
        }
    }

    public async Task<long> SaveTurnAsync(string conversationId, string stateJson, long expectedVersion, IReadOnlyList<TranscriptEntry> transcript, CancellationToken cancellationToken = default)
    {
        using var span = Start("save");
        try
        {
            return await inner.SaveTurnAsync(conversationId, stateJson, expectedVersion, transcript, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            AssistantTelemetry.Failed(span, ex);
            throw;
        }
    }

    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        using var span = Start("delete");
        try
        {
            await inner.DeleteAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            AssistantTelemetry.Failed(span, ex);
            throw;
        }
    }

    public Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default) => inner.AppendTranscriptAsync(entry, cancellationToken);

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default) => inner.ReadTranscriptAsync(conversationId, cancellationToken);

    public Task<int> PurgeAsync(CancellationToken cancellationToken = default) => inner.PurgeAsync(cancellationToken);

    public Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default) =>
        inner.SaveFeedbackAsync(conversationId, turnId, vote, cancellationToken);

    public Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        inner.ReadInsightsAsync(since, cancellationToken);

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => inner.IsHealthyAsync(cancellationToken);

    private static Activity? Start(string operation) =>
        AssistantTelemetry.StartSpan(AssistantTelemetry.Spans.Store, AssistantTelemetry.TagNames.Operation, operation);
}
