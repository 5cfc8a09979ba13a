using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;
using Assistant.Knowledge.Synthetic;

namespace Assistant.Cli.Commands.Bench;

/// <summary><c>bench ingest</c>: the whole ingestion pipeline and the search latency on generated vacancies.</summary>
public static class IngestBenchmark
{
    private const int WarmUpQueries = 200;

    /// <summary>Runs the benchmark; always removes its temporary folder. Returns the exit code.</summary>
    public static int Run(int count, int seed, int queries, CliContext context, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var o = context.Out;
        var folder = Path.Combine(Path.GetTempPath(), $"assistant-bench-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            o.WriteLine(string.Create(c, $"generating {count} synthetic vacancies (seed {seed}) in {folder}"));
            var watch = Stopwatch.StartNew();
            var ids = new SyntheticVacancyGenerator(seed).WriteKnowledgeFolder(folder, count);
            var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            o.WriteLine(string.Create(c, $"  generated {bytes / 1048576.0:F1} MB in {watch.Elapsed.TotalSeconds:F1} s"));
            cancellationToken.ThrowIfCancellationRequested();

            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            watch.Restart();
            using var snapshot = KnowledgeLoader.CreateDefault(context.Time).Load(folder);
            var seconds = watch.Elapsed.TotalSeconds;
            var documents = snapshot.Vacancies.Sum(v => v.Documents.Count);
            var index = snapshot.Index;
            o.WriteLine();
            o.WriteLine("pipeline (load + clean + section + extract + index)");
            o.WriteLine(string.Create(c, $"  vacancies:       {snapshot.Vacancies.Count} ({snapshot.Errors.Count} load errors)"));
            foreach (var error in snapshot.Errors.Take(5))
            {
                o.WriteLine($"    {error.File}: {error.Message}");
            }

            o.WriteLine(string.Create(c, $"  documents/s:     {documents / seconds:F0} ({bytes / 1048576.0 / seconds:F1} MB/s)"));
            o.WriteLine(string.Create(c, $"  total:           {seconds:F2} s"));
            o.WriteLine(string.Create(c, $"  passages:        {index.PassageCount}"));
            o.WriteLine(string.Create(c, $"  index size:      {index.SizeInBytes} bytes ({index.SizeInBytes / 1048576.0:F1} MB)"));
            PrintMemory(o, allocatedBefore, gcBefore);
            cancellationToken.ThrowIfCancellationRequested();

            var mix = BenchQueries.Create(queries, ids, seed);
            foreach (var (text, vacancy) in BenchQueries.Create(WarmUpQueries, ids, seed + 1))
            {
                index.Search(new SearchQuery(text, vacancy));
            }

            var latencies = new List<double>(mix.Count);
            var hits = 0;
            foreach (var (text, vacancy) in mix)
            {
                var started = Stopwatch.GetTimestamp();
                hits += index.Search(new SearchQuery(text, vacancy)).Count;
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var stats = new LatencyStats(latencies);
            o.WriteLine();
            o.WriteLine(string.Create(c, $"search ({stats.Count} queries after {WarmUpQueries} warm-up, half within one vacancy, top 5, one thread)"));
            o.WriteLine(string.Create(c, $"  p50 {stats.Percentile(50):F2} ms   p95 {stats.Percentile(95):F2} ms   p99 {stats.Percentile(99):F2} ms   max {stats.Max:F2} ms   mean {stats.Mean:F2} ms"));
            o.WriteLine(string.Create(c, $"  hits per query:  {(double)hits / Math.Max(1, stats.Count):F1}"));
            return snapshot.Vacancies.Count == count ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void PrintMemory(TextWriter o, long allocatedBefore, (int, int, int) gcBefore)
    {
        var c = CultureInfo.InvariantCulture;
        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        o.WriteLine(string.Create(c, $"  peak memory:     {process.PeakWorkingSet64 / 1048576.0:F0} MB working set (peak, whole process)"));
        o.WriteLine(string.Create(c, $"  GC:              heap {info.HeapSizeBytes / 1048576.0:F0} MB, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0:F0} MB, collections gen0/1/2 {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} processors"));
    }
}
