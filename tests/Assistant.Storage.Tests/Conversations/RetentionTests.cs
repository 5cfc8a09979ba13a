using static Assistant.Storage.Tests.Conversations.StoreHarness;

namespace Assistant.Storage.Tests.Conversations;

public abstract partial class ConversationStoreContract
{
    private static readonly TimeSpan JustPastRetention = TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1);

    [SkippableFact]
    public async Task LoadAsync_ExactlyRetentionDaysOld_ReturnsState()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{}", 0);

        harness.Clock.Advance(TimeSpan.FromDays(30));

        Assert.NotNull(await sut.LoadAsync("c1"));
    }

    [SkippableFact]
    public async Task LoadAsync_PastRetentionBeforePurge_ReturnsNull()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{\"experience\":3}", 0);
        await sut.AppendTranscriptAsync(Line("c1", "Hallo"));

        harness.Clock.Advance(JustPastRetention);

        Assert.Null(await sut.LoadAsync("c1"));
        Assert.Empty(await sut.ReadTranscriptAsync("c1"));
    }

    [SkippableFact]
    public async Task LoadAsync_RecentlyUpdated_CountsFromLastUpdate()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{}", 0);
        harness.Clock.Advance(TimeSpan.FromDays(20));
        await sut.SaveAsync("c1", "{}", 1);

        harness.Clock.Advance(TimeSpan.FromDays(20));

        Assert.Equal(2, (await sut.LoadAsync("c1"))!.Version);
    }

    [SkippableFact]
    public async Task PurgeAsync_PastRetention_DeletesExpiredConversationsOnly()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("old", "{}", 0);
        await sut.AppendTranscriptAsync(Line("old", "Hallo"));
        await sut.AppendTranscriptAsync(Line("old-transcript-only", "Dag"));
        harness.Clock.Advance(TimeSpan.FromDays(10));
        await sut.SaveAsync("recent", "{}", 0);
        await sut.AppendTranscriptAsync(Line("recent", "Goeiemiddag"));

        harness.Clock.Advance(TimeSpan.FromDays(21));
        var purged = await sut.PurgeAsync();

        Assert.Equal(2, purged);
        Assert.Null(await sut.LoadAsync("old"));
        Assert.Empty(await sut.ReadTranscriptAsync("old"));
        Assert.NotNull(await sut.LoadAsync("recent"));
        Assert.Single(await sut.ReadTranscriptAsync("recent"));
        Assert.Equal(0, await sut.PurgeAsync());
    }

    [SkippableFact]
    public async Task PurgeAsync_NothingExpired_ReturnsZero()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{}", 0);

        Assert.Equal(0, await sut.PurgeAsync());
        Assert.NotNull(await sut.LoadAsync("c1"));
    }

    [SkippableFact]
    public async Task SaveAsync_ExpiredConversationAsNew_StartsAtVersionOneWithoutOldTranscript()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{\"old\":true}", 0);
        await sut.SaveAsync("c1", "{\"old\":true}", 1);
        await sut.AppendTranscriptAsync(Line("c1", "oude vraag"));
        harness.Clock.Advance(JustPastRetention);

        var version = await sut.SaveAsync("c1", "{\"new\":true}", 0);

        Assert.Equal(1, version);
        Assert.Equal("{\"new\":true}", (await sut.LoadAsync("c1"))!.StateJson);
        Assert.Empty(await sut.ReadTranscriptAsync("c1"));
    }

    [SkippableFact]
    public async Task SaveAsync_ExpiredConversationAtOldVersion_ThrowsConflict()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{}", 0);
        harness.Clock.Advance(JustPastRetention);

        var ex = await Assert.ThrowsAsync<Assistant.Core.Conversations.ConcurrencyConflictException>(() => sut.SaveAsync("c1", "{}", 1));

        Assert.Equal(0, ex.ActualVersion);
    }

    [SkippableFact]
    public async Task AppendTranscriptAsync_ExpiredConversation_DoesNotReviveOldStateOrLines()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{\"diploma\":\"master\"}", 0);
        await sut.AppendTranscriptAsync(Line("c1", "oude vraag"));
        harness.Clock.Advance(JustPastRetention);

        await sut.AppendTranscriptAsync(Line("c1", "nieuwe vraag"));

        Assert.Null(await sut.LoadAsync("c1"));
        Assert.Equal(["nieuwe vraag"], (await sut.ReadTranscriptAsync("c1")).Select(e => e.Text));
    }
}
