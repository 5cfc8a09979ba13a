using Assistant.Core.Facts;
using Assistant.Knowledge.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Assistant.Knowledge.Index;

/// <summary>
/// The passage index over all vacancy documents (Lucene.Net, Dutch analysis, compound parts, BM25).
/// Built in memory from parsed documents, or opened from a folder written by <see cref="SaveTo"/>.
/// Searching is thread-safe; <see cref="Dispose"/> waits for searches in flight before it closes the index,
/// and a search started after it throws <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class VacancyIndex : IDisposable
{
    private const int MaxTop = 200;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly DutchTextAnalyzer _queryAnalyzer = new();
    private readonly PassageQueryBuilder _queries;
    private int _active;
    private int _disposed;
    private int _closed;

    private VacancyIndex(LuceneDirectory directory, VacancyIndexOptions options)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(options.Bm25K1, options.Bm25B) };
        var mode = _reader.IndexCommit.UserData.TryGetValue(IndexFields.CompoundCommitKey, out var stored) && Enum.TryParse<CompoundMode>(stored, out var parsed)
            ? parsed
            : CompoundMode.Dictionary;
        Options = options with { Compound = mode };
        _queries = new PassageQueryBuilder(_queryAnalyzer, _reader, mode, Options);
        VacancyIds = Terms(IndexFields.Vacancy);
        DocumentCount = Terms(IndexFields.DocumentKey).Count;
    }

    /// <summary>The options the index was built (or opened) with.</summary>
    public VacancyIndexOptions Options { get; }

    /// <summary>The ids of the vacancies that have at least one passage.</summary>
    public IReadOnlyCollection<string> VacancyIds { get; }

    /// <summary>How many documents were indexed.</summary>
    public int DocumentCount { get; }

    /// <summary>How many passages were indexed.</summary>
    public int PassageCount => _reader.NumDocs;

    /// <summary>The size of the index files.</summary>
    public long SizeInBytes => _directory.ListAll().Sum(_directory.FileLength);

    /// <summary>Builds an in-memory index of the passages of <paramref name="documents"/> with the default options.</summary>
    public static VacancyIndex Build(IEnumerable<ParsedDocument> documents) => Build(documents, VacancyIndexOptions.Default);

    /// <summary>Builds an in-memory index of the passages of <paramref name="documents"/>.</summary>
    public static VacancyIndex Build(IEnumerable<ParsedDocument> documents, VacancyIndexOptions options)
    {
        var directory = new RAMDirectory();
        VacancyIndexWriter.Write(directory, documents as IReadOnlyList<ParsedDocument> ?? [.. documents], options);
        return new VacancyIndex(directory, options);
    }

    /// <summary>Opens an index written by <see cref="SaveTo"/>.</summary>
    public static VacancyIndex Open(string path)
    {
        var directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new DirectoryNotFoundException($"No search index in {Path.GetFullPath(path)}");
            }

            return new VacancyIndex(directory, VacancyIndexOptions.Default);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads an index written by <see cref="SaveTo"/> into memory: no file stays open, so the folder may be replaced or
    /// deleted while the index is in use.
    /// </summary>
    public static VacancyIndex Load(string path)
    {
        using var files = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(files))
        {
            throw new DirectoryNotFoundException($"No search index in {Path.GetFullPath(path)}");
        }

        var memory = new RAMDirectory(files, IOContext.DEFAULT);
        try
        {
            return new VacancyIndex(memory, VacancyIndexOptions.Default);
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes the index to <paramref name="path"/>, to be opened with <see cref="Open"/>. The folder is created,
    /// or emptied when it holds an earlier index; a folder with other files is refused (<see cref="IOException"/>).
    /// </summary>
    public void SaveTo(string path)
    {
        Enter();
        try
        {
            System.IO.Directory.CreateDirectory(path);
            var existing = System.IO.Directory.GetFileSystemEntries(path);
            if (existing.Length > 0 && !existing.Any(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
            {
                throw new IOException($"{Path.GetFullPath(path)} is not empty and holds no search index; choose an empty folder");
            }

            foreach (var file in existing.Where(File.Exists))
            {
                File.Delete(file);
            }

            using var target = FSDirectory.Open(path);
            foreach (var name in _directory.ListAll())
            {
                _directory.Copy(target, name, name, IOContext.DEFAULT);
            }

            target.Sync(_directory.ListAll());
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>The best passages for <paramref name="query"/>, best first; none when the text has no searchable word.</summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Enter();
        try
        {
            var lucene = _queries.Build(query);
            if (lucene is null || query.Top <= 0)
            {
                return [];
            }

            var wanted = Math.Min(query.Top, MaxTop);
            // A question for a quantity or a date re-ranks a wider top: passages without a figure count half.
            var preferFigures = FigureDetector.AsksForFigure(query.Text);
            var top = _searcher.Search(lucene, preferFigures ? Math.Max(wanted * 4, 40) : wanted);
            var hits = new List<SearchHit>(top.ScoreDocs.Length);
            foreach (var scoreDoc in top.ScoreDocs)
            {
                var doc = _searcher.Doc(scoreDoc.Doc);
                var text = doc.Get(IndexFields.Text);
                var factor = preferFigures && !FigureDetector.HasFigure(text) ? FigureDetector.NoFigureFactor : 1f;
                hits.Add(new SearchHit(
                    doc.Get(IndexFields.Vacancy),
                    doc.Get(IndexFields.Document),
                    doc.Get(IndexFields.Title),
                    text,
                    scoreDoc.Score * factor,
                    doc.Get(IndexFields.Audience) == "internal" ? Audience.Internal : Audience.Public,
                    doc.GetField(IndexFields.Start).GetInt32Value() ?? 0,
                    doc.GetField(IndexFields.End).GetInt32Value() ?? 0));
            }

            return preferFigures ? [.. hits.OrderByDescending(h => h.Score).Take(wanted)] : hits;
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Closes the index once no search is in flight any more.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && Volatile.Read(ref _active) == 0)
        {
            Close();
        }
    }

    private void Enter()
    {
        Interlocked.Increment(ref _active);
        if (Volatile.Read(ref _disposed) != 0)
        {
            Exit();
            throw new ObjectDisposedException(nameof(VacancyIndex));
        }
    }

    private void Exit()
    {
        if (Interlocked.Decrement(ref _active) == 0 && Volatile.Read(ref _disposed) != 0)
        {
            Close();
        }
    }

    private void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _reader.Dispose();
            _queryAnalyzer.Dispose();
            _directory.Dispose();
        }
    }

    private List<string> Terms(string field)
    {
        var result = new List<string>();
        var terms = MultiFields.GetTerms(_reader, field);
        if (terms is null)
        {
            return result;
        }

        var enumerator = terms.GetEnumerator();
        while (enumerator.MoveNext())
        {
            result.Add(enumerator.Term.Utf8ToString());
        }

        return result;
    }
}
