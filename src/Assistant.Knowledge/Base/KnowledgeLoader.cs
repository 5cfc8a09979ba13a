using Assistant.Core.Facts;
using Assistant.Knowledge.Documents;
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

    public KnowledgeLoader(DocumentLoaders loaders, VacancyIngestor ingestor, TimeProvider time, ILogger<KnowledgeLoader>? logger = null)
    {
        _loaders = loaders;
        _ingestor = ingestor;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>A loader with the built-in formats and extraction rules.</summary>
    public static KnowledgeLoader CreateDefault(TimeProvider time, ILoggerFactory? loggerFactory = null) =>
        new(KnowledgeDefaults.Loaders(), new VacancyIngestor(time), time, loggerFactory?.CreateLogger<KnowledgeLoader>());

    /// <summary>Loads every vacancy under <paramref name="knowledgePath"/>, optionally only the given ids, and builds the index.</summary>
    public KnowledgeSnapshot Load(string knowledgePath, IReadOnlyCollection<string>? onlyIds = null, IProgress<string>? progress = null)
    {
        var vacanciesDir = System.IO.Path.Combine(knowledgePath, "vacancies");
        if (!Directory.Exists(knowledgePath))
        {
            throw new DirectoryNotFoundException($"Knowledge folder not found: {System.IO.Path.GetFullPath(knowledgePath)}");
        }

        var vacancies = new List<Vacancy>();
        var errors = new List<LoadError>();
        foreach (var (id, files) in Discover(vacanciesDir))
        {
            if (onlyIds is { Count: > 0 } && !onlyIds.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var vacancy = LoadVacancy(knowledgePath, id, files, errors);
            if (vacancy is not null)
            {
                vacancies.Add(vacancy);
                progress?.Report(id);
            }
        }

        foreach (var error in errors)
        {
            LogLoadError(error.VacancyId, error.File, error.Message);
        }

        var index = VacancyIndex.Build(vacancies.SelectMany(v => v.Documents));
        var tables = ScaleTableLoader.LoadAll(System.IO.Path.Combine(knowledgePath, "salary-scales"), errors);
        return new KnowledgeSnapshot(vacancies, errors, index, _time.GetUtcNow()) { ScaleTables = tables, KnowledgePath = knowledgePath };
    }

    /// <summary>Ingests one vacancy from its files; null when none of its documents could be read.</summary>
    public Vacancy? LoadVacancy(string knowledgePath, string id, IReadOnlyList<string> files, List<LoadError> errors)
    {
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
            return _ingestor.Ingest(id, documents, factsYaml, errors, knowledgePath);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge: {VacancyId}: {File}: {Problem}")]
    private partial void LogLoadError(string vacancyId, string file, string problem);
}
