using System.Globalization;
using Assistant.Cli.Evaluation;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant eval FILE</c>: runs an eval set (shared/eval format) against the assistant and judges every turn like evalcheck.py.</summary>
public sealed class EvalCommand : ICliCommand
{
    private const int ProgressEvery = 25;

    public string Name => "eval";
    public string Summary => "run an eval set of conversations and judge the answers";
    public string Usage => """
        assistant eval FILE [--results OUT.jsonl] [--case ID[,ID…]] [--not-hr] [--model fake:SCRIPT] [--knowledge DIR]
          FILE        cases in the shared/eval YAML format (id, now, channel, turns with user and expect)
          --results   write one JSON line per turn {"case", "turn", "response"} for evalcheck.py
          --case ID   run only these cases
          --not-hr    Teams cases without a role of their own ask as a Teams user outside HR (default: an HR member)
          --model     fake:nonsense | fake:quote | fake:not-in-documents: a scripted model in process instead of the
                      configured one (Model section); prints the model metrics and the share of turns that called it
          Prints the failed turns and "N passed, M failed"; exit 0 when all pass, 1 otherwise, 2 for a bad file.
        """;
    public IReadOnlyCollection<string> Options { get; } = ["results", "case", "not-hr", "model"];

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        if (args.Positionals.Count != 1)
        {
            throw new CliUsageException($"eval needs exactly one FILE. Usage:\n{Usage}");
        }

        var resultsPath = args.Get("results");
        if (args.Has("results") && string.IsNullOrWhiteSpace(resultsPath))
        {
            throw new CliUsageException("--results expects a file name");
        }

        var cases = ReadCases(args.Positionals[0], args, context);
        if (cases is null)
        {
            return 2;
        }

        using var snapshot = context.LoadKnowledge(args);
        var model = args.Get("model");
        var runner = new EvalRunner(AssistantSessions.Create(context, snapshot, model, out var metrics), message => context.Error.WriteLine($"warning: {message}"), args.Has("not-hr") ? "public" : null);
        using var writer = resultsPath is null ? null : new EvalResultsWriter(resultsPath);
        var results = new List<EvalTurnResult>();
        for (var i = 0; i < cases.Count; i++)
        {
            foreach (var result in await runner.RunAsync(cases[i], cancellationToken).ConfigureAwait(false))
            {
                writer?.Write(result);
                results.Add(result);
            }

            if (cases.Count > ProgressEvery && ((i + 1) % ProgressEvery == 0 || i + 1 == cases.Count))
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eval: {i + 1}/{cases.Count} cases, {results.Count(r => !r.Passed)} failed turns so far"));
            }
        }

        EvalReport.Print(context.Out, results);
        if (model is not null || metrics.Calls > 0)
        {
            ModelReport.Print(context.Out, metrics, results.Count);
        }

        return results.All(r => r.Passed) ? 0 : 1;
    }

    private static IReadOnlyList<EvalCase>? ReadCases(string file, CliArguments args, CliContext context)
    {
        var warnings = new List<string>();
        IReadOnlyList<EvalCase> cases;
        try
        {
            cases = EvalCaseReader.ReadFile(file, warnings);
        }
        catch (EvalFormatException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return null;
        }

        foreach (var warning in warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }

        var only = args.Get("case");
        if (args.Has("case") && string.IsNullOrWhiteSpace(only))
        {
            throw new CliUsageException("--case expects a case id");
        }

        if (only is null)
        {
            return cases;
        }

        var ids = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var missing = ids.Where(id => cases.All(c => c.Id != id)).ToList();
        if (missing.Count > 0)
        {
            context.Error.WriteLine($"error: {file}: no case '{missing[0]}'");
            return null;
        }

        return [.. cases.Where(c => ids.Contains(c.Id, StringComparer.Ordinal))];
    }
}
