using System.Globalization;
using Assistant.Cli.Corpus;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant corpus DIR</c>: scores a test corpus (documents, ground-truth facts, questions) per field and per intent.</summary>
public sealed class CorpusCommand : ICliCommand
{
    public string Name => "corpus";
    public string Summary => "score a test corpus: key facts against its truth file, its questions as an eval set";
    public string Usage => """
        assistant corpus DIR [--details] [--results OUT.jsonl] [--min-facts P] [--min-turns P] [--model fake:SCRIPT]
          DIR          a corpus folder: vacancies/<id>/…, truth.yaml, questions.yaml (tests/corpus/README.md)
          --details    also list every wrong fact and every failed turn
          --results    write one JSON line per turn, as `assistant eval` does
          --min-facts  exit 1 when fewer than P percent of the key facts are right
          --min-turns  exit 1 when fewer than P percent of the eval turns pass
          --model      a scripted model in process (fake:nonsense | fake:quote | fake:not-in-documents), as `assistant eval`
        The knowledge base is the corpus's own vacancies (not --knowledge).
        """;
    public IReadOnlyCollection<string> Options { get; } = ["details", "results", "min-facts", "min-turns", "model"];

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        if (args.Positionals.Count != 1)
        {
            throw new CliUsageException($"corpus needs exactly one DIR. Usage:\n{Usage}");
        }

        var minFacts = Percent(args, "min-facts");
        var minTurns = Percent(args, "min-turns");
        Assistant.AI.Metrics.ModelMetrics? metrics = null;
        var model = args.Get("model");
        var score = await CorpusRunner.RunAsync(args.Positionals[0], context, m => context.Error.WriteLine(m), args.Get("results"), model, m => metrics = m, cancellationToken).ConfigureAwait(false);
        score.Print(context.Out, args.Has("details"));
        if (metrics is not null && (model is not null || metrics.Calls > 0))
        {
            Evaluation.ModelReport.Print(context.Out, metrics, score.Turns.Count);
        }

        var ok = score.FactRate * 100 >= minFacts && score.TurnRate * 100 >= minTurns;
        return ok ? 0 : 1;
    }

    private static double Percent(CliArguments args, string name)
    {
        if (!args.Has(name))
        {
            return 0;
        }

        return double.TryParse(args.Get(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100
            ? p
            : throw new CliUsageException($"--{name} expects a percentage between 0 and 100");
    }
}
