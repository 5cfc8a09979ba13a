using Assistant.Cli.Commands.Bench;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant bench SUITE</c>: performance measurements on generated data; the suite is the first positional.</summary>
public sealed class BenchCommand : ICliCommand
{
    public string Name => "bench";
    public string Summary => "measure ingestion, search and answering performance";
    public string Usage => """
        assistant bench ingest [--count N] [--seed S] [--queries Q]
        assistant bench ask [--count N] [--seed S] [--model fake:SCRIPT] [--knowledge DIR]
          ingest   generate N synthetic vacancies (default 10000) in a temporary knowledge folder, time the whole
                   pipeline (load, clean, section, extract, index), then Q searches (default 2000, half of them
                   within one vacancy) after a warm-up; prints throughput, index size, memory and latency percentiles
          ask      N single questions (default 2000) in nl/en/fr generated from templates over the loaded vacancies
                   (eligibility, deadlines, days left, salary, step dates, scores, benefits, documents, contacts,
                   open questions, listings); after a warm-up, times each answer in-process on one thread with a
                   fresh session per question; prints questions/s, latency percentiles and the intents and sources
          --seed S fixes the generated texts and the query mix (default 42)
          --model  ask: a scripted model in process (as `assistant eval`); also prints the model metrics
        """;
    public IReadOnlyCollection<string> Options { get; } = ["count", "seed", "queries", "model"];

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
            "ask" => AskBenchmark.RunAsync(args.GetInt("count", 2_000), args.GetInt("seed", 42), args, context, cancellationToken),
            null => throw new CliUsageException($"bench needs a suite. Usage:\n{Usage}"),
            _ => throw new CliUsageException($"unknown bench suite '{suite}'. Usage:\n{Usage}"),
        };
    }
}
