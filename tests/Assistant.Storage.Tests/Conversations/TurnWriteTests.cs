using Assistant.Core.Conversations;
using static Assistant.Storage.Tests.Conversations.StoreHarness;

namespace Assistant.Storage.Tests.Conversations;

/// <summary><see cref="IConversationStore.SaveTurnAsync"/>: a turn's state and transcript lines in one write.</summary>
public abstract partial class ConversationStoreContract
{
    [SkippableFact]
    public async Task SaveTurnAsync_NewThenNext_SavesStateAndRedactedLinesInOrder()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        var first = await sut.SaveTurnAsync("c1", """{"n":1}""", 0, [Line("c1", "mail me op an@example.be"), Line("c1", "Graag.", TranscriptRoles.Assistant, "smalltalk")]);
        var second = await sut.SaveTurnAsync("c1", """{"n":2}""", first, [Line("c1", "en het salaris?"), Line("c1", "Schaal B1-B3.", TranscriptRoles.Assistant, "salary")]);

        Assert.Equal(1, first);
        Assert.Equal(2, second);
        Assert.Equal("""{"n":2}""", (await sut.LoadAsync("c1"))!.StateJson);
        Assert.Equal(["mail me op [email]", "Graag.", "en het salaris?", "Schaal B1-B3."], (await sut.ReadTranscriptAsync("c1")).Select(e => e.Text));
    }

    [SkippableFact]
    public async Task SaveTurnAsync_StaleVersion_ThrowsConflictAndWritesNoLines()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveTurnAsync("c1", "{}", 0, [Line("c1", "eerste")]);
        await sut.SaveAsync("c1", """{"other":true}""", 1);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveTurnAsync("c1", """{"mine":true}""", 1, [Line("c1", "tweede")]));

        Assert.Equal(2, conflict.ActualVersion);
        Assert.Equal("""{"other":true}""", (await sut.LoadAsync("c1"))!.StateJson);
        Assert.Equal(["eerste"], (await sut.ReadTranscriptAsync("c1")).Select(e => e.Text));
    }

    [Fact]
    public async Task SaveTurnAsync_SqliteLineOfAnotherConversation_IsRefusedAndNothingWritten()
    {
        using var harness = new StoreHarness(StorageOptions.SqliteProvider);
        var sut = harness.Create();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.SaveTurnAsync("c1", "{}", 0, [Line("c2", "verkeerd")]));

        Assert.Null(await sut.LoadAsync("c1"));
        Assert.Empty(await sut.ReadTranscriptAsync("c2"));
    }

    [Fact]
    public async Task SaveTurnAsync_SqliteManyConcurrentConversations_AllTurnsLand()
    {
        using var harness = new StoreHarness(StorageOptions.SqliteProvider);
        var sut = harness.Create();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(async n =>
        {
            var id = $"c{n}";
            var version = 0L;
            for (var turn = 0; turn < 5; turn++)
            {
                version = await sut.SaveTurnAsync(id, $$"""{"turn":{{turn}}}""", version, [Line(id, $"vraag {turn}"), Line(id, $"antwoord {turn}", TranscriptRoles.Assistant)]);
            }
        }));

        for (var n = 0; n < 50; n++)
        {
            Assert.Equal(5, (await sut.LoadAsync($"c{n}"))!.Version);
            Assert.Equal(10, (await sut.ReadTranscriptAsync($"c{n}")).Count);
        }
    }
}
