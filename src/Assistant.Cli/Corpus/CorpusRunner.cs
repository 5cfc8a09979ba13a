using Assistant.Cli.Evaluation;

namespace Assistant.Cli.Corpus;

/// <summary>
/// Scores a corpus folder (tests/corpus/README.md): its <c>vacancies/</c> loaded as the knowledge base, the extracted
/// key facts against <c>truth.yaml</c>, and <c>questions.yaml</c> run as an eval set against that knowledge.
/// </summary>
public static class CorpusRunner
{
    public static Task<CorpusScore> RunAsync(string folder, CliContext context, Action<string>? progress = null, string? resultsPath = null, CancellationToken cancellationToken = default) =>
        RunAsync(folder, context, progress, resultsPath, null, null, cancellationToken);

    /// <summary>As above, with the model of <c>--model</c> (<c>fake:SCRIPT</c>) whose metrics <paramref name="onModel"/> receives.</summary>
    public static async Task<CorpusScore> RunAsync(string folder, CliContext context, Action<string>? progress, string? resultsPath, string? model, Action<Assistant.AI.Metrics.ModelMetrics>? onModel, CancellationToken cancellationToken = default)
    {
        var truthPath = Path.Combine(folder, "truth.yaml");
        var questionsPath = Path.Combine(folder, "questions.yaml");
        if (!Directory.Exists(Path.Combine(folder, "vacancies")) || !File.Exists(truthPath) || !File.Exists(questionsPath))
        {
            throw new CliUsageException($"{folder} is not a corpus folder: it needs vacancies/, truth.yaml and questions.yaml");
        }

        using var snapshot = Assistant.Knowledge.Base.KnowledgeLoader.CreateDefault(context.Time).Load(folder);
        foreach (var error in snapshot.Errors)
        {
            progress?.Invoke($"load error: {error.VacancyId}: {error.File}: {error.Message}");
        }

        var truths = CorpusTruth.Read(truthPath);
        var facts = truths.SelectMany(t => CorpusFacts.Compare(t, snapshot.Find(t.Id)?.Facts)).ToList();

        var warnings = new List<string>();
        var cases = EvalCaseReader.ReadFile(questionsPath, warnings);
        foreach (var warning in warnings)
        {
            progress?.Invoke($"warning: {warning}");
        }

        var intents = new Dictionary<(string, int), string>();
        var verdicts = new Dictionary<(string, int), string>();
        foreach (var c in cases)
        {
            for (var i = 0; i < c.Turns.Count; i++)
            {
                intents[(c.Id, i)] = c.Turns[i].Expect.Intent is { Count: > 0 } wanted ? wanted[0].Text : "-";
                if (c.Turns[i].Expect.Verdict is { Count: > 0 } verdict)
                {
                    verdicts[(c.Id, i)] = string.Join('|', verdict.Select(v => v.Text));
                }
            }
        }

        var runner = new EvalRunner(AssistantSessions.Create(context, snapshot, model, out var metrics), message => progress?.Invoke($"warning: {message}"));
        using var writer = resultsPath is null ? null : new EvalResultsWriter(resultsPath);
        var turns = new List<EvalTurnResult>();
        for (var i = 0; i < cases.Count; i++)
        {
            foreach (var result in await runner.RunAsync(cases[i], cancellationToken).ConfigureAwait(false))
            {
                writer?.Write(result);
                turns.Add(result);
            }

            if ((i + 1) % 25 == 0 || i + 1 == cases.Count)
            {
                progress?.Invoke($"corpus: {i + 1}/{cases.Count} cases");
            }
        }

        onModel?.Invoke(metrics);
        return new CorpusScore(facts, turns, intents, verdicts);
    }
}
