using Assistant.Core.Facts;
using Assistant.Knowledge.Base.Cache;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Extraction;
using Assistant.Knowledge.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Knowledge.Base;

/// <summary>
/// Reads the knowledge folder: every <c>vacancies/&lt;id&gt;/</c> folder or <c>vacancies/&lt;id&gt;.&lt;ext&gt;</c> file
/// becomes a vacancy. A broken document or curated file is reported as a <see cref="LoadError"/> and never
/// stops the other vacancies from loading.
/// </summary>
public sealed partial class KnowledgeLoader
{
    private readonly DocumentLoaders _loaders;
    private readonly VacancyIngestor _ingestor;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public KnowledgeLoader(DocumentLoaders loaders, VacancyIngestor ingestor, TimeProvider time, ILogger<KnowledgeLoader>? logger = null, KnowledgeCache? cache = null)
    {
        _loaders = loaders;
        _ingestor = ingestor;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Cache = cache;
    }

    /// <summary>The on-disk cache of extracted vacancies and indexes, or null (everything is computed at every load).</summary>
    public KnowledgeCache? Cache { get; }

    /// <summary>A loader with the built-in formats and extraction rules, optionally over a cache folder (see <see cref="KnowledgeCache"/>).</summary>
    public static KnowledgeLoader CreateDefault(TimeProvider time, ILoggerFactory? loggerFactory = null, string? cacheFolder = null) =>
        new(
            KnowledgeDefaults.Loaders(),
            new VacancyIngestor(time),
            time,
            loggerFactory?.CreateLogger<KnowledgeLoader>(),
            cacheFolder is null ? null : new KnowledgeCache(cacheFolder, loggerFactory?.CreateLogger<KnowledgeCache>()));

    /// <summary>Loads every vacancy under <paramref name="knowledgePath"/>, optionally only the given ids, and builds the index.</summary>
    public KnowledgeSnapshot Load(string knowledgePath, IReadOnlyCollection<string>? onlyIds = null, IProgress<string>? progress = null)
    {
        var vacanciesDir = System.IO.Path.Combine(knowledgePath, "vacancies");
        if (!Directory.Exists(knowledgePath))
        {
            throw new DirectoryNotFoundException($"Knowledge folder not found: {System.IO.Path.GetFullPath(knowledgePath)}");
        }

        var started = _time.GetTimestamp();
        var partition = Cache?.PartitionOf(knowledgePath);
        if (Cache is not null && partition is not null && !Cache.TryCreatePartition(partition, knowledgePath))
        {
            partition = null;
        }

        var today = FactExtractor.TodayOf(_time);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        var vacancies = new List<Vacancy>();
        var errors = new List<LoadError>();
        var fromCache = 0;
        foreach (var (id, files) in Discover(vacanciesDir))
        {
            if (onlyIds is { Count: > 0 } && !onlyIds.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            Vacancy? vacancy;
            if (Cache is null || partition is null)
            {
                vacancy = LoadVacancy(knowledgePath, id, files, errors);
            }
            else
            {
                var key = KnowledgeCache.VacancyKey(knowledgePath, id, files);
                keys.Add(key);
                used.Add(KnowledgeCache.VacancyFile(partition, id, key));
                var entry = Cache.ReadVacancy(partition, id, key, today);
                if (entry is not null)
                {
                    fromCache++;
                }
                else
                {
                    var own = new List<LoadError>();
                    var computed = LoadVacancy(knowledgePath, id, files, own, out var readOn);
                    entry = new VacancyCacheEntry(KnowledgeCache.EngineVersion, key, readOn, computed, own);
                    Cache.WriteVacancy(partition, id, entry);
                }

                vacancy = entry.Vacancy;
                errors.AddRange(entry.Errors);
            }

            if (vacancy is not null)
            {
                vacancies.Add(vacancy);
                progress?.Report(id);
            }
        }

        var vacanciesLoaded = _time.GetElapsedTime(started);
        var scalesFolder = System.IO.Path.Combine(knowledgePath, "salary-scales");
        VacancyIndex? index = null;
        IReadOnlyList<Assistant.Core.Facts.SalaryScaleTable>? tables = null;
        var indexFromCache = false;
        string? snapshotKey = null;
        if (Cache is not null && partition is not null)
        {
            snapshotKey = KnowledgeCache.SnapshotKey(keys, ScaleTableLoader.Files(scalesFolder));
            used.Add(KnowledgeCache.SnapshotFolder(partition, snapshotKey));
            if (Cache.ReadSnapshot(partition, snapshotKey) is { } cached)
            {
                (index, tables, indexFromCache) = (cached.Index, cached.Entry.ScaleTables, true);
                errors.AddRange(cached.Entry.Errors);
            }
        }

        foreach (var error in errors)
        {
            LogLoadError(error.VacancyId, error.File, error.Message);
        }

        if (index is null || tables is null)
        {
            index = VacancyIndex.Build(vacancies.SelectMany(v => v.Documents));
            var scaleErrors = new List<LoadError>();
            tables = ScaleTableLoader.LoadAll(scalesFolder, scaleErrors);
            foreach (var error in scaleErrors)
            {
                LogLoadError(error.VacancyId, error.File, error.Message);
            }

            errors.AddRange(scaleErrors);
            if (Cache is not null && partition is not null && snapshotKey is not null)
            {
                Cache.WriteSnapshot(partition, index, new SnapshotCacheEntry(KnowledgeCache.EngineVersion, snapshotKey, tables, scaleErrors));
            }
        }

        if (Cache is not null && partition is not null && onlyIds is not { Count: > 0 })
        {
            Cache.Prune(partition, used);
        }

        LogPhases(vacancies.Count, fromCache, vacanciesLoaded.TotalMilliseconds, indexFromCache ? "read from the cache" : "built", (_time.GetElapsedTime(started) - vacanciesLoaded).TotalMilliseconds);
        return new KnowledgeSnapshot(vacancies, errors, index, _time.GetUtcNow()) { ScaleTables = tables, KnowledgePath = knowledgePath };
    }

    /// <summary>Ingests one vacancy from its files; null when none of its documents could be read.</summary>
    public Vacancy? LoadVacancy(string knowledgePath, string id, IReadOnlyList<string> files, List<LoadError> errors) =>
        LoadVacancy(knowledgePath, id, files, errors, out _);

    /// <summary>As <see cref="LoadVacancy(string, string, IReadOnlyList{string}, List{LoadError})"/>; <paramref name="readOn"/> is the day its facts depend on, if any.</summary>
    public Vacancy? LoadVacancy(string knowledgePath, string id, IReadOnlyList<string> files, List<LoadError> errors, out DateOnly? readOn)
    {
        readOn = null;
        var documents = new List<(LoadedDocument Document, Audience Audience)>();
        string? factsYaml = null;
        foreach (var file in files)
        {
            if (System.IO.Path.GetFileName(file).Equals("facts.yaml", StringComparison.OrdinalIgnoreCase))
            {
                factsYaml = file;
                continue;
            }

            try
            {
                documents.Add((_loaders.Load(file), AudienceOf(file)));
            }
            catch (DocumentLoadException ex)
            {
                errors.Add(new LoadError(id, Relative(knowledgePath, file), ex.Message));
            }
        }

        if (documents.Count == 0)
        {
            if (files.Any(f => !f.EndsWith("facts.yaml", StringComparison.OrdinalIgnoreCase)) || factsYaml is not null)
            {
                errors.Add(new LoadError(id, Relative(knowledgePath, files.Count > 0 ? files[0] : id), "no readable vacancy document; vacancy skipped"));
            }

            return null;
        }

        try
        {
            return _ingestor.Ingest(id, documents, factsYaml, errors, knowledgePath, out readOn);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            errors.Add(new LoadError(id, id, $"extraction failed: {ex.Message}"));
            return null;
        }
    }

    /// <summary>The vacancy ids and their files under a vacancies folder.</summary>
    public IEnumerable<(string Id, IReadOnlyList<string> Files)> Discover(string vacanciesDir)
    {
        if (!Directory.Exists(vacanciesDir))
        {
            yield break;
        }

        foreach (var dir in Directory.EnumerateDirectories(vacanciesDir).Order(StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => _loaders.CanLoad(f) || System.IO.Path.GetFileName(f).Equals("facts.yaml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            yield return (System.IO.Path.GetFileName(dir), files);
        }

        foreach (var file in Directory.EnumerateFiles(vacanciesDir).Where(_loaders.CanLoad).Order(StringComparer.Ordinal))
        {
            yield return (System.IO.Path.GetFileNameWithoutExtension(file), [file]);
        }
    }

    /// <summary>Documents named <c>*.internal.*</c> or inside an <c>internal/</c> folder are for internal staff only.</summary>
    public static Audience AudienceOf(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        var parent = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file)) ?? "";
        return name.Contains(".internal.", StringComparison.OrdinalIgnoreCase) || parent.Equals("internal", StringComparison.OrdinalIgnoreCase)
            ? Audience.Internal
            : Audience.Public;
    }

    private static string Relative(string root, string file) => System.IO.Path.GetRelativePath(root, file);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Knowledge load phases: {Vacancies} vacancies ({FromCache} from the cache) in {VacancyMilliseconds:F0} ms; index and scale tables {IndexSource} in {IndexMilliseconds:F0} ms")]
    private partial void LogPhases(int vacancies, int fromCache, double vacancyMilliseconds, string indexSource, double indexMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge: {VacancyId}: {File}: {Problem}")]
    private partial void LogLoadError(string vacancyId, string file, string problem);
}
