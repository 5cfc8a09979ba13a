using Assistant.Core.Conversations;
using Assistant.Dialogs.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>The state-only store of one-shot sessions: versions checked like every store, no transcript kept.</summary>
public sealed class SessionStateStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 3, 4, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Save_ThenLoad_ReturnsTheStateWithTheNextVersion()
    {
        var sut = new SessionStateStore(_time);
        Assert.Null(await sut.LoadAsync("c1"));

        Assert.Equal(1, await sut.SaveAsync("c1", "{\"a\":1}", 0));
        Assert.Equal(2, await sut.SaveAsync("c1", "{\"a\":2}", 1));

        var record = await sut.LoadAsync("c1");
        Assert.NotNull(record);
        Assert.Equal(("{\"a\":2}", 2L, _time.GetUtcNow()), (record.StateJson, record.Version, record.UpdatedAt));
    }

    [Fact]
    public async Task Save_OnAStaleVersion_ThrowsAConflictAndKeepsTheStoredState()
    {
        var sut = new SessionStateStore(_time);
        await sut.SaveAsync("c1", "{\"a\":1}", 0);
        await sut.SaveAsync("c1", "{\"a\":2}", 1);

        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveAsync("c1", "{\"a\":3}", 1));
        var fresh = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveAsync("c1", "{\"a\":4}", 0));

        Assert.Equal((1L, 2L), (stale.ExpectedVersion, stale.ActualVersion));
        Assert.Equal((0L, 2L), (fresh.ExpectedVersion, fresh.ActualVersion));
        Assert.Equal("{\"a\":2}", (await sut.LoadAsync("c1"))!.StateJson);
    }

    [Fact]
    public async Task Delete_ForgetsTheState_AndTranscriptLinesAreNotKept()
    {
        IConversationStore sut = new SessionStateStore(_time);
        await sut.SaveTurnAsync("c1", "{}", 0, [new TranscriptEntry("c1", _time.GetUtcNow(), TranscriptRoles.User, "hallo", null)]);

        Assert.Empty(await sut.ReadTranscriptAsync("c1"));
        await sut.DeleteAsync("c1");
        Assert.Null(await sut.LoadAsync("c1"));
        Assert.Equal(1, await sut.SaveAsync("c1", "{}", 0));
    }
}
