using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Assistant.Core.Facts;
using Assistant.Knowledge.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Knowledge.Base.Cache;

/// <summary>
/// An on-disk cache of what loading the knowledge folder computes: per vacancy its parsed documents, facts and load
/// errors, and per set of vacancies the search index and the salary-scale tables. Entries are keyed by the SHA-256 of
/// the files' content (documents, facts.yaml, scale files) and <see cref="EngineVersion"/>, so a changed file or a new
/// build of the extraction code gets a new key and is computed again. Facts that depend on the day they were read
/// (documents without any year) are used on that day only.
/// </summary>
/// <remarks>
/// A cache is an optimisation, never a source of truth: an unreadable, corrupt or stale entry is logged at
/// Information, deleted and computed again; a cache folder that cannot be written only costs the time it would have
/// saved. Layout: <c>FOLDER/&lt;knowledge folder name&gt;-&lt;hash of its full path&gt;/vacancies/&lt;id&gt;.&lt;key&gt;.json</c> and
/// <c>…/snapshots/&lt;key&gt;/</c> (Lucene files and <c>snapshot.json</c>, written last). After a load of the whole
/// folder, the entries it did not use are deleted.
/// </remarks>
public sealed partial class KnowledgeCache
{
    private const string FormatVersion = "1";
    private const string SourceFile = "knowledge-folder.txt";
    private static readonly Lazy<string> Engine = new(ComputeEngineVersion);
    private readonly ILogger _logger;

    /// <summary>A cache under <paramref name="folder"/> (created on first write).</summary>
    public KnowledgeCache(string folder, ILogger<KnowledgeCache>? logger = null)
    {
        Folder = Path.GetFullPath(folder);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The cache folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// Identifies the code that computes the cached values: the module version ids of the knowledge and core assemblies
    /// (they change with every change of their code in a deterministic build) and the names and versions of every assembly
    /// the knowledge assembly references (document readers, Lucene, recognizers).
    /// </summary>
    public static string EngineVersion => Engine.Value;

    /// <summary>The folder holding the entries of one knowledge folder.</summary>
    public string PartitionOf(string knowledgePath)
    {
        var full = Path.GetFullPath(knowledgePath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Path.Combine(Folder, Safe(Path.GetFileName(full)) + "-" + Hash(full)[..12]);
    }

    /// <summary>Creates the folder of a partition, with the file naming the knowledge folder it belongs to; false (logged) when the cache folder cannot be written.</summary>
    internal bool TryCreatePartition(string partition, string knowledgePath)
    {
        try
        {
            var source = Path.Combine(partition, SourceFile);
            if (!File.Exists(source))
            {
                Directory.CreateDirectory(partition);
                File.WriteAllText(source, Path.GetFullPath(knowledgePath));
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            LogWriteFailed(Folder, ex.Message);
            return false;
        }
    }

    /// <summary>The content key of one vacancy: its id, the relative paths and SHA-256 of its files, the engine version.</summary>
    public static string VacancyKey(string knowledgePath, string id, IEnumerable<string> files)
    {
        var text = new StringBuilder().Append(EngineVersion).Append('\n').Append(id).Append('\n');
        foreach (var file in files)
        {
            text.Append(Path.GetRelativePath(knowledgePath, file).Replace('\\', '/')).Append('\0').Append(FileHash(file)).Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>The key of a snapshot: the keys of its vacancies, in order, and the salary-scale files' content.</summary>
    public static string SnapshotKey(IEnumerable<string> vacancyKeys, IEnumerable<string> scaleFiles)
    {
        var text = new StringBuilder().Append(EngineVersion).Append('\n');
        foreach (var key in vacancyKeys)
        {
            text.Append(key).Append('\n');
        }

        foreach (var file in scaleFiles)
        {
            text.Append(Path.GetFileName(file)).Append('\0').Append(FileHash(file)).Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>The cached vacancy for <paramref name="key"/>, or null (absent, unreadable or stale: then deleted).</summary>
    internal VacancyCacheEntry? ReadVacancy(string partition, string id, string key, DateOnly today)
    {
        var file = VacancyFile(partition, id, key);
        if (!File.Exists(file))
        {
            return null;
        }

        string? problem;
        try
        {
            var bytes = File.ReadAllBytes(file);
            var entry = JsonSerializer.Deserialize(bytes, CacheJson.Default.VacancyCacheEntry);
            problem = entry is null ? "empty"
                : entry.Engine != EngineVersion || entry.Key != key ? "written by another engine version"
                : entry.ReadOn is { } day && day != today ? $"its dates were resolved against {day:yyyy-MM-dd}"
                : entry.Vacancy is { } v && (v.Facts is null || v.Documents is null) ? "incomplete"
                : null;
            if (problem is null)
            {
                return entry;
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = ex.Message;
        }

        LogEntryIgnored(id, problem);
        TryDelete(file);
        return null;
    }

    /// <summary>Stores a vacancy entry (atomically: a temporary file renamed into place); a failure is logged, never thrown.</summary>
    internal void WriteVacancy(string partition, string id, VacancyCacheEntry entry)
    {
        var file = VacancyFile(partition, id, entry.Key);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(entry, CacheJson.Default.VacancyCacheEntry));
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            LogWriteFailed(Folder, ex.Message);
        }
    }

    /// <summary>The cached index and scale tables for <paramref name="key"/>, or null (absent, unreadable or stale: then deleted).</summary>
    internal (VacancyIndex Index, SnapshotCacheEntry Entry)? ReadSnapshot(string partition, string key)
    {
        var folder = SnapshotFolder(partition, key);
        var file = Path.Combine(folder, "snapshot.json");
        if (!File.Exists(file))
        {
            return null;
        }

        string problem;
        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(file), CacheJson.Default.SnapshotCacheEntry);
            if (entry is not null && entry.Engine == EngineVersion && entry.Key == key)
            {
                return (VacancyIndex.Load(folder), entry);
            }

            problem = entry is null ? "empty" : "written by another engine version";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Lucene reports a damaged index with several exception types (CorruptIndexException, EndOfStreamException, …).
            problem = ex.Message;
        }

        LogEntryIgnored("index", problem);
        TryDeleteFolder(folder);
        return null;
    }

    /// <summary>Stores the index and the scale tables (in a temporary folder moved into place); a failure is logged, never thrown.</summary>
    internal void WriteSnapshot(string partition, VacancyIndex index, SnapshotCacheEntry entry)
    {
        var folder = SnapshotFolder(partition, entry.Key);
        var temp = folder + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            index.SaveTo(temp);
            File.WriteAllBytes(Path.Combine(temp, "snapshot.json"), JsonSerializer.SerializeToUtf8Bytes(entry, CacheJson.Default.SnapshotCacheEntry));
            if (Directory.Exists(folder))
            {
                TryDeleteFolder(folder);
            }

            Directory.Move(temp, folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            LogWriteFailed(Folder, ex.Message);
            TryDeleteFolder(temp);
        }
    }

    /// <summary>
    /// Deletes the entries of <paramref name="partition"/> that are not in <paramref name="used"/> (file or folder paths), and
    /// the partitions of knowledge folders that no longer exist (temporary folders of tests and demos).
    /// </summary>
    internal void Prune(string partition, IReadOnlySet<string> used)
    {
        try
        {
            foreach (var other in Directory.Exists(Folder) ? Directory.EnumerateDirectories(Folder).ToList() : [])
            {
                var source = Path.Combine(other, SourceFile);
                if (other != partition && File.Exists(source) && !Directory.Exists(File.ReadAllText(source).Trim()))
                {
                    TryDeleteFolder(other);
                }
            }

            var vacancies = Path.Combine(partition, "vacancies");
            if (Directory.Exists(vacancies))
            {
                foreach (var file in Directory.EnumerateFiles(vacancies).Where(f => !used.Contains(f) && !f.EndsWith(".tmp", StringComparison.Ordinal)).ToList())
                {
                    TryDelete(file);
                }
            }

            var snapshots = Path.Combine(partition, "snapshots");
            if (Directory.Exists(snapshots))
            {
                foreach (var folder in Directory.EnumerateDirectories(snapshots).Where(f => !used.Contains(f) && !f.EndsWith(".tmp", StringComparison.Ordinal)).ToList())
                {
                    TryDeleteFolder(folder);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(Folder, ex.Message);
        }
    }

    internal static string VacancyFile(string partition, string id, string key) => Path.Combine(partition, "vacancies", $"{Safe(id)}.{key[..32]}.json");

    internal static string SnapshotFolder(string partition, string key) => Path.Combine(partition, "snapshots", key[..32]);

    private static string FileHash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A file-name-safe form of an id (letters, digits, '-', '_', '.'; at most 80 characters).</summary>
    private static string Safe(string id)
    {
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(80).ToArray();
        return chars.Length == 0 ? "_" : new string(chars);
    }

    private static string ComputeEngineVersion()
    {
        var knowledge = typeof(KnowledgeCache).Assembly;
        var text = new StringBuilder(FormatVersion)
            .Append('|').Append(knowledge.ManifestModule.ModuleVersionId)
            .Append('|').Append(typeof(VacancyFacts).Assembly.ManifestModule.ModuleVersionId);
        foreach (var reference in knowledge.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal))
        {
            text.Append('|').Append(reference);
        }

        return Hash(text.ToString())[..32];
    }

    private void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(Folder, ex.Message);
        }
    }

    private void TryDeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(Folder, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge cache: the entry for {Entry} is ignored and computed again: {Problem}")]
    private partial void LogEntryIgnored(string entry, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge cache: {Folder} could not be updated ({Problem}); loading works without it")]
    private partial void LogWriteFailed(string folder, string problem);
}
