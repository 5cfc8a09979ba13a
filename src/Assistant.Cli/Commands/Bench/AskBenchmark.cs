using System.Diagnostics;
using System.Globalization;
using Assistant.Cli.Evaluation;
using Assistant.Core.Answers;

namespace Assistant.Cli.Commands.Bench;

/// <summary><c>bench ask</c>: end-to-end answering latency over generated questions, in-process on one thread, a fresh session per question.</summary>
public static class AskBenchmark
{
    private const int MaxWarmUp = 200;

    /// <summary>Runs the benchmark; 0 when every question was answered, 1 when the assistant threw on some.</summary>
    public static async Task<int> RunAsync(int count, int seed, CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var o = context.Out;
        using var snapshot = context.LoadKnowledge(args, quiet: true);
        if (snapshot.Vacancies.Count == 0)
        {
            throw new CliUsageException($"bench ask: no vacancies in {context.KnowledgePath(args)}");
        }

        var generator = new AskQuestionGenerator([.. snapshot.Vacancies.Select(v => v.Facts)]);
        var questions = generator.Create(count, seed);
        var model = args.Get("model");
        var factory = AssistantSessions.Create(context, snapshot, model, out var metrics);
        var now = context.Time.GetUtcNow();
        var warmUp = generator.Create(Math.Clamp(count / 10, 10, MaxWarmUp), seed + 1);
        foreach (var question in warmUp)
        {
            await AskAsync(factory, question, now, cancellationToken).ConfigureAwait(false);
        }

        var callsBefore = metrics.Calls;
        var run = new AskRun();
        var wall = Stopwatch.StartNew();
        foreach (var question in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var session = factory.Create();
            var started = Stopwatch.GetTimestamp();
            try
            {
                var answer = await session.SendAsync(Input(question, now), cancellationToken).ConfigureAwait(false);
                run.Add(question, Stopwatch.GetElapsedTime(started), answer);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                run.AddError(question, Stopwatch.GetElapsedTime(started), ex);
            }
        }

        wall.Stop();
        var stats = new LatencyStats(run.Latencies);
        var distinct = questions.Select(q => q.Text).Distinct(StringComparer.Ordinal).Count();
        o.WriteLine(string.Create(c, $"ask ({stats.Count} questions over {snapshot.Vacancies.Count} vacancies, seed {seed}, after {warmUp.Count} warm-up, one thread, fresh session per question)"));
        o.WriteLine(string.Create(c, $"  questions:       {stats.Count} ({distinct} distinct; {Share(questions, "nl")} nl, {Share(questions, "en")} en, {Share(questions, "fr")} fr)"));
        o.WriteLine(string.Create(c, $"  questions/s:     {stats.Count / Math.Max(wall.Elapsed.TotalSeconds, 1e-9):F0} (wall clock, session creation included)"));
        o.WriteLine(string.Create(c, $"  latency:         p50 {stats.Percentile(50):F3} ms   p95 {stats.Percentile(95):F3} ms   p99 {stats.Percentile(99):F3} ms   max {stats.Max:F3} ms   mean {stats.Mean:F3} ms"));
        o.WriteLine(string.Create(c, $"  errors:          {run.Errors.Count}"));
        foreach (var (question, message) in run.Errors.Take(5))
        {
            o.WriteLine($"    {message}  ← \"{question.Text}\"");
        }

        if (model is not null || metrics.Calls > 0)
        {
            ModelReport.Print(o, metrics, stats.Count, callsBefore);
        }

        run.PrintDistributions(o);
        return run.Errors.Count == 0 ? 0 : 1;
    }

    private static async Task AskAsync(IAssistantSessionFactory factory, AskQuestion question, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await factory.Create().SendAsync(Input(question, now), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Warm-up only: errors are counted in the timed run.
        }
    }

    private static TurnInput Input(AskQuestion question, DateTimeOffset now) => new(question.Text, now, Channels.Web, question.PageVacancyId);

    private static int Share(IReadOnlyList<AskQuestion> questions, string language) => questions.Count(q => q.Language == language);
}
