using System.Text.Json;
using Assistant.Core.Json;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Base.Cache;
using Assistant.Knowledge.Index;
using Assistant.Knowledge.Tests.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Knowledge.Tests.Base;

public sealed class KnowledgeCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kcache-test-" + Guid.NewGuid().ToString("N"));
    private readonly string _knowledge;
    private readonly string _cache;
    private readonly ListLogger _log = new();

    public KnowledgeCacheTests()
    {
        _knowledge = Path.Combine(_root, "knowledge");
        _cache = Path.Combine(_root, "cache");
        Write("gemeente-voorbeeld-boekhouder", Document("Boekhouder", "15 januari 2026"));
        Write("ocmw-elders-kok", Document("Kok", "2 februari 2026"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void SecondLoad_ReadsTheCache()
    {
        Load();
        var entry = Directory.GetFiles(_cache, "gemeente-voorbeeld-boekhouder.*.json", SearchOption.AllDirectories).Single();
        // A valid entry changed behind the loader's back shows that the second load reads it instead of extracting.
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("\"title\":\"Boekhouder\"", "\"title\":\"Uit de cache\"", StringComparison.Ordinal));

        using var second = Load();

        Assert.Equal("Uit de cache", second.Find("gemeente-voorbeeld-boekhouder")!.Facts.Title);
    }

    [Fact]
    public void ChangedDocument_InvalidatesItsEntry_AndTheIndex()
    {
        using (var first = Load())
        {
            Assert.Equal("Boekhouder", first.Find("gemeente-voorbeeld-boekhouder")!.Facts.Title);
        }

        Write("gemeente-voorbeeld-boekhouder", Document("Hoofdboekhouder", "20 januari 2026"));
        using var second = Load();

        var facts = second.Find("gemeente-voorbeeld-boekhouder")!.Facts;
        Assert.Equal("Hoofdboekhouder", facts.Title);
        Assert.Equal(new DateOnly(2026, 1, 20), facts.ApplicationDeadline!.Date);
        Assert.Contains(second.Index.Search(new SearchQuery("hoofdboekhouder")), h => h.VacancyId == "gemeente-voorbeeld-boekhouder");
        // The entries of the old content are pruned: one per vacancy, one index.
        Assert.Single(Directory.GetFiles(_cache, "gemeente-voorbeeld-boekhouder.*.json", SearchOption.AllDirectories));
        Assert.Single(Directory.GetDirectories(_cache, "snapshots", SearchOption.AllDirectories).SelectMany(Directory.GetDirectories));
    }

    [Fact]
    public void ChangedScaleTable_InvalidatesTheSnapshotEntry()
    {
        WriteScales(17300);
        using (var first = Load())
        {
            Assert.Equal(17300m, first.ScaleTables.Single().YearlyAt100[0]);
        }

        WriteScales(18100);
        using var second = Load();

        Assert.Equal(18100m, second.ScaleTables.Single().YearlyAt100[0]);
    }

    [Fact]
    public void CorruptEntries_AreLoggedAndRebuilt()
    {
        string expected;
        using (var first = Load())
        {
            expected = FactsJsonOf(first);
        }

        foreach (var file in Directory.GetFiles(_cache, "*", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, "{ not what was written");
        }

        using (var second = Load())
        {
            Assert.Equal(expected, FactsJsonOf(second));
            Assert.NotEmpty(second.Index.Search(new SearchQuery("boekhouder")));
        }

        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("computed again", StringComparison.Ordinal));
        using var third = Load();
        Assert.Equal(expected, FactsJsonOf(third));
    }

    [Fact]
    public void EntriesOfAKnowledgeFolderThatIsGone_ArePruned()
    {
        var other = Path.Combine(_root, "other-knowledge");
        Directory.CreateDirectory(Path.Combine(other, "vacancies", "stad-ander-archivaris"));
        File.WriteAllText(Path.Combine(other, "vacancies", "stad-ander-archivaris", "vacancy.txt"), Document("Archivaris", "3 maart 2026"));
        var time = new FakeTimeProvider(Now);
        using (KnowledgeLoader.CreateDefault(time, cacheFolder: _cache).Load(other))
        {
        }

        Load().Dispose();
        Assert.Equal(2, Directory.GetDirectories(_cache).Length);

        Directory.Delete(other, recursive: true);
        Load().Dispose();

        Assert.Single(Directory.GetDirectories(_cache));
        Assert.NotEmpty(Directory.GetFiles(_cache, "gemeente-voorbeeld-boekhouder.*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void UnwritableCacheFolder_LoadsWithoutIt()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "blocker"), "a file where the cache folder should be");
        var loader = new KnowledgeLoader(KnowledgeDefaults.Loaders(), new VacancyIngestor(new FakeTimeProvider(Now)), new FakeTimeProvider(Now), null, new KnowledgeCache(Path.Combine(_root, "blocker", "cache"), _log));

        using var snapshot = loader.Load(_knowledge);

        Assert.Equal(2, snapshot.Vacancies.Count);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("could not be updated", StringComparison.Ordinal));
    }

    [Fact]
    public void FactsWithoutAnyYear_AreReadAgainOnAnotherDay()
    {
        Write("stad-zonder-jaar-tuinier", Document("Tuinier", "15 maart"));
        using (var december = Load(Now))
        {
            Assert.Equal(2026, december.Find("stad-zonder-jaar-tuinier")!.Facts.ApplicationDeadline!.Date.Year);
        }

        var later = Now.AddYears(2);
        using var cached = Load(later);
        using var fresh = KnowledgeLoader.CreateDefault(new FakeTimeProvider(later)).Load(_knowledge);

        Assert.Equal(
            fresh.Find("stad-zonder-jaar-tuinier")!.Facts.ApplicationDeadline!.Date,
            cached.Find("stad-zonder-jaar-tuinier")!.Facts.ApplicationDeadline!.Date);
        Assert.NotEqual(2026, cached.Find("stad-zonder-jaar-tuinier")!.Facts.ApplicationDeadline!.Date.Year);
    }

    [Theory]
    [InlineData("tuned")]
    [InlineData("tuned2")]
    public void CachedAndFreshLoads_GiveIdenticalFactsAndSearch(string corpus)
    {
        var folder = Path.Combine(IndexTestData.SeedKnowledgePath(), "..", "tests", "corpus", corpus);
        var time = new FakeTimeProvider(Now);
        using var fresh = KnowledgeLoader.CreateDefault(time).Load(folder);
        using var writing = KnowledgeLoader.CreateDefault(time, cacheFolder: _cache).Load(folder);
        using var reading = KnowledgeLoader.CreateDefault(time, cacheFolder: _cache).Load(folder);

        Assert.True(fresh.Vacancies.Count > 5);
        Assert.Equal(FactsJsonOf(fresh), FactsJsonOf(writing));
        Assert.Equal(FactsJsonOf(fresh), FactsJsonOf(reading));
        Assert.Equal(JsonSerializer.Serialize(fresh.Vacancies.SelectMany(v => v.Documents)), JsonSerializer.Serialize(reading.Vacancies.SelectMany(v => v.Documents)));
        Assert.Equal(fresh.Errors, reading.Errors);
        // The cached index is the one that was built and written (parallel indexing may order equal-score passages
        // differently from one build to the next, so the comparison is with the written index, not a fresh build).
        Assert.Equal(writing.Index.PassageCount, reading.Index.PassageCount);
        foreach (var query in new[] { "diploma", "selectieprocedure", "verlof", "salaris" })
        {
            Assert.Equal(
                writing.Index.Search(new SearchQuery(query, Top: 10)).Select(h => (h.VacancyId, h.Document, h.Start, h.Score)),
                reading.Index.Search(new SearchQuery(query, Top: 10)).Select(h => (h.VacancyId, h.Document, h.Start, h.Score)));
            Assert.Equal(
                fresh.Index.Search(new SearchQuery(query, Top: 10)).Select(h => h.Score),
                reading.Index.Search(new SearchQuery(query, Top: 10)).Select(h => h.Score));
        }
    }

    private static string FactsJsonOf(KnowledgeSnapshot snapshot) => JsonSerializer.Serialize(snapshot.Vacancies.Select(v => v.Facts), FactsJson.Options);

    private static string Document(string title, string deadline) => $"""
        {title} (m/v/x)
        Gemeente Voorbeeld zoekt een {title.ToLowerInvariant()} in contractueel verband.

        Functie-inhoud
        Je staat in voor de dagelijkse werking van de dienst.

        Solliciteren
        Solliciteer uiterlijk op {deadline} via de website.
        """;

    private KnowledgeSnapshot Load(DateTimeOffset? now = null)
    {
        var time = new FakeTimeProvider(now ?? Now);
        return new KnowledgeLoader(KnowledgeDefaults.Loaders(), new VacancyIngestor(time), time, null, new KnowledgeCache(_cache, _log)).Load(_knowledge);
    }

    private void Write(string id, string text)
    {
        var folder = Path.Combine(_knowledge, "vacancies", id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "vacancy.txt"), text);
    }

    private void WriteScales(decimal first)
    {
        var folder = Path.Combine(_knowledge, "salary-scales");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "voorbeeld.yaml"), $"employer: Gemeente Voorbeeld\nsource: test\nscales:\n  B1-B3: [{first}, {first + 500}]\n");
    }

    private sealed class ListLogger : ILogger<KnowledgeCache>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
