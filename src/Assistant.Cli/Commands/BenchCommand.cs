using Assistant.Cli.Commands.Bench;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant bench SUITE</c>: performance measurements on generated data; the suite is the first positional.</summary>
public sealed class BenchCommand : ICliCommand
{
    public string Name => "bench";
    public string Summary => "measure ingestion and search performance on synthetic vacancies";
    public string Usage => """
        assistant bench ingest [--count N] [--seed S] [--queries Q]
          ingest   generate N synthetic vacancies (default 10000) in a temporary knowledge folder, time the whole
                   pipeline (load, clean, section, extract, index), then Q searches (default 2000, half of them
                   within one vacancy) after a warm-up; prints throughput, index size, memory and latency percentiles
          --seed S fixes the generated texts and the query mix (default 42)
        """;
    public IReadOnlyCollection<string> Options { get; } = ["count", "seed", "queries"];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        var suite = args.Positionals.Count > 0 ? args.Positionals[0] : null;
        return suite switch
        {
            "ingest" => Task.FromResult(IngestBenchmark.Run(
                args.GetInt("count", 10_000),
                args.GetInt("seed", 42),
                args.GetInt("queries", 2_000),
                context,
                cancellationToken)),
            null => throw new CliUsageException($"bench needs a suite. Usage:\n{Usage}"),
            _ => throw new CliUsageException($"unknown bench suite '{suite}'. Usage:\n{Usage}"),
        };
    }
}
