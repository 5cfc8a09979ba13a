using Assistant.Core.Conversations;
using static Assistant.Storage.Tests.Conversations.StoreHarness;

namespace Assistant.Storage.Tests.Conversations;

public abstract partial class ConversationStoreContract
{
    [SkippableFact]
    public async Task LoadAsync_UnknownConversation_ReturnsNull()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        Assert.Null(await sut.LoadAsync("unknown"));
    }

    [SkippableFact]
    public async Task SaveAsync_NewConversation_RoundTripsStateAndVersion()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        const string state = """{"lang":"nl","slots":{"vacancy":"lievegem","diploma":"bachelor"},"text":"één – “quote”"}""";

        var version = await sut.SaveAsync("c1", state, 0);
        var loaded = await sut.LoadAsync("c1");

        Assert.Equal(1, version);
        Assert.Equal(new ConversationRecord("c1", state, 1, Start), loaded);
    }

    [SkippableFact]
    public async Task SaveAsync_SuccessiveSaves_IncrementVersionAndUpdatedAt()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        var v1 = await sut.SaveAsync("c1", "{\"n\":1}", 0);
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        var v2 = await sut.SaveAsync("c1", "{\"n\":2}", v1);
        harness.Clock.Advance(TimeSpan.FromMinutes(3));
        var v3 = await sut.SaveAsync("c1", "{\"n\":3}", v2);
        var loaded = await sut.LoadAsync("c1");

        Assert.Equal([1L, 2L, 3L], [v1, v2, v3]);
        Assert.Equal(new ConversationRecord("c1", "{\"n\":3}", 3, Start.AddMinutes(5)), loaded);
    }

    [SkippableFact]
    public async Task SaveAsync_ConversationsAreIndependent_EachKeepsItsOwnVersion()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        await sut.SaveAsync("a", "{\"who\":\"a\"}", 0);
        await sut.SaveAsync("b", "{\"who\":\"b\"}", 0);
        await sut.SaveAsync("a", "{\"who\":\"a2\"}", 1);

        Assert.Equal(2, (await sut.LoadAsync("a"))!.Version);
        Assert.Equal(new ConversationRecord("b", "{\"who\":\"b\"}", 1, Start), await sut.LoadAsync("b"));
    }

    [SkippableFact]
    public async Task SaveAsync_InvalidArguments_Throw()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.SaveAsync("c1", "{}", -1));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => sut.SaveAsync(" ", "{}", 0));
        await Assert.ThrowsAsync<ArgumentNullException>(() => sut.SaveAsync("c1", null!, 0));
    }

    [SkippableFact]
    public async Task DeleteAsync_Conversation_RemovesStateAndTranscript()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{\"diploma\":\"bachelor\"}", 0);
        await sut.AppendTranscriptAsync(Line("c1", "Hallo"));
        await sut.SaveAsync("other", "{}", 0);
        await sut.AppendTranscriptAsync(Line("other", "Dag"));

        await sut.DeleteAsync("c1");

        Assert.Null(await sut.LoadAsync("c1"));
        Assert.Empty(await sut.ReadTranscriptAsync("c1"));
        Assert.NotNull(await sut.LoadAsync("other"));
        Assert.Single(await sut.ReadTranscriptAsync("other"));
    }

    [SkippableFact]
    public async Task DeleteAsync_ThenSaveAsNew_StartsAgainAtVersionOne()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{}", 0);
        await sut.SaveAsync("c1", "{}", 1);

        await sut.DeleteAsync("c1");
        var version = await sut.SaveAsync("c1", "{\"fresh\":true}", 0);

        Assert.Equal(1, version);
    }

    [SkippableFact]
    public async Task DeleteAsync_UnknownConversation_DoesNotThrow()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        await sut.DeleteAsync("unknown");

        Assert.Null(await sut.LoadAsync("unknown"));
    }

    [SkippableFact]
    public async Task IsHealthyAsync_WorkingStore_ReturnsTrue()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        Assert.True(await sut.IsHealthyAsync());
    }
}
