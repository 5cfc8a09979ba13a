using Assistant.Storage;
using Assistant.Core.Conversations;
using Assistant.Storage.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests;

public sealed class FailingTurnTests
{
    [Fact]
    public async Task Post_TurnThrows_RepliesWithApology_AndNextTurnWorks()
    {
        var store = new FailOnceStore(new InMemoryConversationStore(new StorageOptions { Provider = "memory" }, TimeProvider.System), new InvalidOperationException("simulated bug"));
        using var host = new WebHost(services: s => s.AddSingleton<IConversationStore>(store));
        var conversation = Activities.NewConversation();

        var failed = await host.RepliesAsync(Activities.Message(conversation, "Tot wanneer kan ik solliciteren in Harelbeke?"));
        var next = await host.RepliesAsync(Activities.Message(conversation, "Tot wanneer kan ik solliciteren in Harelbeke?"));

        Assert.StartsWith("Sorry, er ging iets mis", Assert.Single(failed).GetProperty("text").GetString());
        Assert.Contains("14 december 2025", Assert.Single(next).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_StoreUnavailable_Is503WithRetryAfter_AndNextTurnWorks()
    {
        var store = new FailOnceStore(new InMemoryConversationStore(new StorageOptions { Provider = "memory" }, TimeProvider.System), new StorageUnavailableException("simulated outage"));
        using var host = new WebHost(services: s => s.AddSingleton<IConversationStore>(store));
        var conversation = Activities.NewConversation();

        using var failed = await host.PostActivityAsync(Activities.Json(Activities.Message(conversation, "Tot wanneer kan ik solliciteren in Harelbeke?")));
        var next = await host.RepliesAsync(Activities.Message(conversation, "Tot wanneer kan ik solliciteren in Harelbeke?"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), failed.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("simulated", await failed.Content.ReadAsStringAsync());
        Assert.Contains("14 december 2025", Assert.Single(next).GetProperty("text").GetString());
    }

    private sealed class FailOnceStore(IConversationStore inner, Exception failure) : IConversationStore
    {
        private int _calls;

        public Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _calls) == 1 ? throw failure : inner.LoadAsync(conversationId, cancellationToken);

        public Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default) => inner.SaveAsync(conversationId, stateJson, expectedVersion, cancellationToken);

        public Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default) => inner.DeleteAsync(conversationId, cancellationToken);

        public Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default) => inner.AppendTranscriptAsync(entry, cancellationToken);

        public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default) => inner.ReadTranscriptAsync(conversationId, cancellationToken);

        public Task<int> PurgeAsync(CancellationToken cancellationToken = default) => inner.PurgeAsync(cancellationToken);

        public Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default) => inner.SaveFeedbackAsync(conversationId, turnId, vote, cancellationToken);

        public Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => inner.ReadInsightsAsync(since, cancellationToken);

        public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => inner.IsHealthyAsync(cancellationToken);
    }
}
