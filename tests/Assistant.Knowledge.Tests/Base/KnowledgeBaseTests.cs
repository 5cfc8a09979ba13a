using System.Diagnostics;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;
using Assistant.Knowledge.Tests.Index;

namespace Assistant.Knowledge.Tests.Base;

public sealed class KnowledgeBaseTests : IDisposable
{
    private const string SeedId = "harelbeke-deskundige-externe-communicatie";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-test-" + Guid.NewGuid().ToString("N"));

    public KnowledgeBaseTests()
    {
        var source = Path.Combine(IndexTestData.SeedKnowledgePath(), "vacancies", SeedId);
        var target = Path.Combine(_folder, "vacancies", SeedId);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Start_SeedFolder_LoadsCurrentSnapshot()
    {
        using var sut = new KnowledgeBase(_folder, new KnowledgeOptions { Watch = false }, TimeProvider.System);

        sut.Start();

        Assert.NotNull(sut.Current.Find(SeedId));
        Assert.NotEmpty(sut.Current.Index.Search(new SearchQuery("teamleider communicatie", SeedId)));
    }

    [Fact]
    public void Current_BeforeStart_Throws()
    {
        using var sut = new KnowledgeBase(_folder, new KnowledgeOptions(), TimeProvider.System);

        Assert.Throws<InvalidOperationException>(() => sut.Current);
    }

    [Fact]
    public async Task Watch_NewVacancyFileAdded_ReloadsAndRaisesReloaded()
    {
        using var sut = new KnowledgeBase(_folder, new KnowledgeOptions { ReloadDebounceMilliseconds = 100 }, TimeProvider.System, disposeGrace: TimeSpan.FromMilliseconds(200));
        var reloaded = 0;
        sut.Reloaded += (_, _) => Interlocked.Increment(ref reloaded);
        sut.Start();
        var before = sut.Current;

        await File.WriteAllTextAsync(Path.Combine(_folder, "vacancies", "gent-archivaris.txt"), "Vacature archivaris\n\nDe stad Gent zoekt een archivaris met een masterdiploma geschiedenis.\n");

        // The watcher may fire between the file's creation and its last write; a reload of the half-written file is
        // followed by another one, so the test waits for the snapshot that holds the whole text, not for the first.
        // The snapshot is swapped before Reloaded is raised, so the event is awaited too rather than asserted at once.
        Assert.True(
            await PollAsync(() => sut.Current.Find("gent-archivaris") is not null
                && sut.Current.Index.Search(new SearchQuery("diploma", "gent-archivaris")).Any(h => h.Passage.Contains("masterdiploma", StringComparison.Ordinal))),
            "the new vacancy was not loaded in time");
        Assert.NotSame(before, sut.Current);
        Assert.True(await PollAsync(() => Volatile.Read(ref reloaded) >= 1), "Reloaded was not raised");
    }

    [Fact]
    public async Task ReloadAsync_FolderGone_KeepsOldSnapshotAndReturnsFalse()
    {
        using var sut = new KnowledgeBase(_folder, new KnowledgeOptions { Watch = false }, TimeProvider.System);
        sut.Start();
        var before = sut.Current;
        Directory.Delete(_folder, recursive: true);

        var ok = await sut.ReloadAsync();

        Assert.False(ok);
        Assert.Same(before, sut.Current);
        Assert.NotNull(sut.Current.Find(SeedId));
    }

    [Fact]
    public async Task ReloadAsync_WhileSearching_SearchesNeverFail()
    {
        using var sut = new KnowledgeBase(_folder, new KnowledgeOptions { Watch = false }, TimeProvider.System, disposeGrace: TimeSpan.Zero);
        sut.Start();
        using var stop = new CancellationTokenSource();
        var searches = 0;
        var searchers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var snapshot = sut.Current;
                try
                {
                    snapshot.Index.Search(new SearchQuery("rapporteert teamleider"));
                    Interlocked.Increment(ref searches);
                }
                catch (ObjectDisposedException)
                {
                    // A snapshot read before a swap and searched after its grace period is refused cleanly.
                }
            }
        })).ToList();

        for (var i = 0; i < 5; i++)
        {
            Assert.True(await sut.ReloadAsync());
        }

        await stop.CancelAsync();
        await Task.WhenAll(searchers);
        Assert.True(searches > 0);
        Assert.NotEmpty(sut.Current.Index.Search(new SearchQuery("rapporteert teamleider")));
    }

    private static async Task<bool> PollAsync(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Patience)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }
}
