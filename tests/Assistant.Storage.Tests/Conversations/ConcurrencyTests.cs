using Assistant.Core.Conversations;

namespace Assistant.Storage.Tests.Conversations;

public abstract partial class ConversationStoreContract
{
    private const int Writers = 8;

    [SkippableFact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndKeepsNewerState()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{\"n\":1}", 0);
        await sut.SaveAsync("c1", "{\"n\":2}", 1);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveAsync("c1", "{\"stale\":true}", 1));

        Assert.Equal(("c1", 1L, 2L), (ex.ConversationId, ex.ExpectedVersion, ex.ActualVersion));
        Assert.Equal("{\"n\":2}", (await sut.LoadAsync("c1"))!.StateJson);
    }

    [SkippableFact]
    public async Task SaveAsync_NewConversationThatExists_ThrowsConflict()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{\"first\":true}", 0);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveAsync("c1", "{\"second\":true}", 0));

        Assert.Equal((0L, 1L), (ex.ExpectedVersion, ex.ActualVersion));
        Assert.Equal("{\"first\":true}", (await sut.LoadAsync("c1"))!.StateJson);
    }

    [SkippableFact]
    public async Task SaveAsync_VersionOfUnknownConversation_ThrowsConflictWithActualZero()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveAsync("c1", "{}", 3));

        Assert.Equal((3L, 0L), (ex.ExpectedVersion, ex.ActualVersion));
        Assert.Null(await sut.LoadAsync("c1"));
    }

    [SkippableFact]
    public async Task SaveAsync_ParallelWritersOnSameVersion_ExactlyOneWins()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("c1", "{\"writer\":-1}", 0);

        var outcomes = await RaceAsync(writer => sut.SaveAsync("c1", $"{{\"writer\":{writer}}}", 1));

        var winner = Assert.Single(outcomes, o => o.Version is not null);
        Assert.Equal(2, winner.Version);
        Assert.All(outcomes.Where(o => o.Version is null), o => Assert.Equal((1L, 2L), (o.Conflict!.ExpectedVersion, o.Conflict.ActualVersion)));
        var stored = await sut.LoadAsync("c1");
        Assert.Equal((2L, $"{{\"writer\":{winner.Writer}}}"), (stored!.Version, stored.StateJson));
    }

    [SkippableFact]
    public async Task SaveAsync_ParallelWritersStartingSameConversation_ExactlyOneWins()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        var outcomes = await RaceAsync(writer => sut.SaveAsync("new", $"{{\"writer\":{writer}}}", 0));

        var winner = Assert.Single(outcomes, o => o.Version is not null);
        Assert.Equal(1, winner.Version);
        Assert.Equal($"{{\"writer\":{winner.Writer}}}", (await sut.LoadAsync("new"))!.StateJson);
    }

    [SkippableFact]
    public async Task SaveAsync_ParallelWritersOnSeparateStoreInstances_ExactlyOneWins()
    {
        using var harness = NewHarness();
        await harness.Create().SaveAsync("c1", "{}", 0);
        var stores = Enumerable.Range(0, Writers).Select(_ => harness.Create()).ToArray();

        var outcomes = await RaceAsync(writer => stores[writer].SaveAsync("c1", $"{{\"writer\":{writer}}}", 1));

        Assert.Single(outcomes, o => o.Version is not null);
        Assert.Equal(Writers - 1, outcomes.Count(o => o.Conflict is not null));
    }

    [SkippableFact]
    public async Task SaveAsync_ParallelWritersThatReloadOnConflict_LoseNoUpdate()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await sut.SaveAsync("counter", "0", 0);

        await RaceAsync(async _ =>
        {
            while (true)
            {
                var current = (await sut.LoadAsync("counter"))!;
                try
                {
                    return await sut.SaveAsync("counter", (int.Parse(current.StateJson) + 1).ToString(), current.Version);
                }
                catch (ConcurrencyConflictException)
                {
                    // reload and retry, as the dialog layer does
                }
            }
        });

        var stored = await sut.LoadAsync("counter");
        Assert.Equal((Writers + 1L, Writers.ToString()), (stored!.Version, stored.StateJson));
    }

    private sealed record Outcome(int Writer, long? Version, ConcurrencyConflictException? Conflict);

    /// <summary>Starts <see cref="Writers"/> writers together on thread-pool threads and waits for all of them.</summary>
    private static async Task<Outcome[]> RaceAsync(Func<int, Task<long>> write)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                return new Outcome(writer, await write(writer), null);
            }
            catch (ConcurrencyConflictException ex)
            {
                return new Outcome(writer, null, ex);
            }
        })).ToArray();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }
}
