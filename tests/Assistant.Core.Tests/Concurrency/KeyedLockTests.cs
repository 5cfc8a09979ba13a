using Assistant.Core.Concurrency;

namespace Assistant.Core.Tests.Concurrency;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task AcquireAsync_SameKey_SecondWaitsUntilFirstReleases()
    {
        var sut = new KeyedLock();
        var first = await sut.AcquireAsync("gesprek-1");

        var second = sut.AcquireAsync("gesprek-1");

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, sut.ActiveKeys);
    }

    [Fact]
    public async Task AcquireAsync_OtherKey_DoesNotWait()
    {
        var sut = new KeyedLock();
        using var first = await sut.AcquireAsync("gesprek-1");

        var other = sut.AcquireAsync("gesprek-2");

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_ManyParallelIncrements_NoneLost()
    {
        var sut = new KeyedLock();
        var counter = 0;

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            using (await sut.AcquireAsync("teller"))
            {
                var read = counter;
                await Task.Yield();
                counter = read + 1;
            }
        })));

        Assert.Equal(200, counter);
        Assert.Equal(0, sut.ActiveKeys);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_LeavesNoEntryAndLockStillWorks()
    {
        var sut = new KeyedLock();
        var first = await sut.AcquireAsync("k");
        using var cancel = new CancellationTokenSource();

        var waiting = sut.AcquireAsync("k", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();
        first.Dispose();
        Assert.Equal(0, sut.ActiveKeys);
        (await sut.AcquireAsync("k")).Dispose();
    }
}
