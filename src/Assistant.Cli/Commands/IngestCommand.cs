using System.Diagnostics;
using System.Globalization;
using Assistant.Knowledge.Base;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant ingest</c>: loads the knowledge folder, reports what was read and what failed, optionally writes the index.</summary>
public sealed class IngestCommand : ICliCommand
{
    private const int FewVacancies = 50;

    public string Name => "ingest";
    public string Summary => "load the knowledge folder, report load errors, optionally write the search index";
    public string Usage => """
        assistant ingest [--knowledge DIR] [--index-dir DIR]
          --index-dir DIR  also write the Lucene index to DIR (for 'assistant search --index-dir DIR')
        Exit code 1 when a document or curated file could not be loaded.
        """;
    public IReadOnlyCollection<string> Options { get; } = ["index-dir"];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        var path = context.KnowledgePath(args);
        if (!Directory.Exists(path))
        {
            throw new CliUsageException($"knowledge folder not found: {path} (set --knowledge DIR or Assistant:Knowledge:Path)");
        }

        var c = CultureInfo.InvariantCulture;
        var loader = KnowledgeLoader.CreateDefault(context.Time);
        var total = loader.Discover(Path.Combine(path, "vacancies")).Count();
        var every = total <= FewVacancies ? 1 : Math.Max(FewVacancies, total / 20);
        context.Out.WriteLine(string.Create(c, $"ingesting {total} vacancies from {path}"));
        var loaded = 0;
        var progress = new InlineProgress(id =>
        {
            loaded++;
            if (every == 1)
            {
                context.Out.WriteLine($"  loaded {id}");
            }
            else if (loaded % every == 0)
            {
                context.Out.WriteLine(string.Create(c, $"  {loaded}/{total} vacancies"));
            }
        });

        var watch = Stopwatch.StartNew();
        using var snapshot = loader.Load(path, progress: progress);
        var indexDir = args.Get("index-dir");
        if (indexDir is not null)
        {
            snapshot.Index.SaveTo(Path.GetFullPath(indexDir));
        }

        watch.Stop();
        var index = snapshot.Index;
        context.Out.WriteLine();
        context.Out.WriteLine(string.Create(c, $"vacancies loaded: {snapshot.Vacancies.Count}"));
        context.Out.WriteLine(string.Create(c, $"documents:        {snapshot.Vacancies.Sum(v => v.Documents.Count)}"));
        context.Out.WriteLine(string.Create(c, $"passages:         {index.PassageCount}"));
        context.Out.WriteLine(string.Create(c, $"index size:       {index.SizeInBytes} bytes ({index.SizeInBytes / 1048576.0:F1} MB){(indexDir is null ? "" : ", written to " + Path.GetFullPath(indexDir))}"));
        context.Out.WriteLine(string.Create(c, $"elapsed:          {watch.Elapsed.TotalSeconds:F2} s"));
        context.Out.WriteLine(string.Create(c, $"load errors:      {snapshot.Errors.Count}"));
        foreach (var error in snapshot.Errors)
        {
            context.Out.WriteLine($"  {error.File}: {error.Message}");
        }

        return Task.FromResult(snapshot.Errors.Count > 0 ? 1 : 0);
    }

    /// <summary>Reports synchronously on the loading thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class InlineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
