using System.Globalization;
using System.Text;
using System.Text.Json;
using Assistant.Core.Conversations;
using Assistant.Core.Json;
using Assistant.Dialogs.Insights;
using Assistant.Tools.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>assistant insights [--since DATE] [--json|--csv]</c>: what candidates ask, from the configured store's (redacted)
/// transcripts and 👍/👎 votes: questions per day and intent, unanswered and 👎 questions clustered per vacancy, lint flags.
/// </summary>
public sealed class InsightsCommand : ICliCommand
{
    public string Name => "insights";
    public string Summary => "what candidates ask: questions per day and intent, unanswered and 👎 questions per vacancy";
    public string Usage => """
        assistant insights [--since YYYY-MM-DD] [--json|--csv] [--knowledge DIR]
          reads the configured conversation store (Assistant:Storage; SQLite in data/ by default)
          --since D   from this day on (Europe/Brussels; default: the retention period, Assistant:Storage:RetentionDays)
          --json      the report as JSON; --csv one row per day and intent, per cluster and per lint finding
        """;
    public IReadOnlyCollection<string> Options { get; } = ["since", "json", "csv"];

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        if (args.Has("json") && args.Has("csv"))
        {
            throw new CliUsageException("--json and --csv exclude each other");
        }

        var now = context.Time.GetUtcNow();
        using var snapshot = context.LoadKnowledge(args, quiet: true);
        using var services = context.Assistant(snapshot);
        var retention = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Assistant.Storage.StorageOptions>>().Value.RetentionDays;
        var since = Since(args.Get("since"), now, retention);
        var store = services.GetRequiredService<IConversationStore>();
        var records = await store.ReadInsightsAsync(since, cancellationToken).ConfigureAwait(false);
        var report = InsightsBuilder.Build(records, since, now, snapshot);
        if (args.Has("json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(report, FactsJson.Options));
        }
        else if (args.Has("csv"))
        {
            context.Out.Write(InsightsCsv.Write(report));
        }
        else
        {
            WriteText(context.Out, report);
        }

        return 0;
    }

    /// <summary>Midnight (Europe/Brussels) of <paramref name="text"/>, or the start of the retention period.</summary>
    public static DateTimeOffset Since(string? text, DateTimeOffset now, int retentionDays)
    {
        if (text is null)
        {
            return Brussels.Instant(Brussels.Today(now).AddDays(-retentionDays), TimeOnly.MinValue);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Brussels.Instant(day, TimeOnly.MinValue)
            : throw new CliUsageException($"--since expects a date YYYY-MM-DD, got '{text}'");
    }

    private static void WriteText(TextWriter output, InsightsReport report)
    {
        output.WriteLine($"Questions {Brussels.Today(report.Since):yyyy-MM-dd} – {Brussels.Today(report.Until):yyyy-MM-dd}: {report.Questions} (unanswered {report.Unanswered}, 👍 {report.Up}, 👎 {report.Down})");
        if (report.Questions > 0)
        {
            output.WriteLine();
            output.WriteLine("Per day: " + string.Join(", ", report.Intents));
            foreach (var day in report.Days.Where(d => d.Total > 0))
            {
                output.WriteLine($"  {day.Date:yyyy-MM-dd} {day.Total,4}  " + string.Join("  ", report.Intents.Where(i => day.PerIntent[i] > 0).Select(i => $"{i} {day.PerIntent[i]}")));
            }
        }

        foreach (var vacancy in report.Vacancies)
        {
            output.WriteLine();
            output.WriteLine($"{vacancy.VacancyId ?? "(no vacancy named)"}{(vacancy.Title is { Length: > 0 } t ? " — " + t : "")}: {vacancy.Questions} question(s), unanswered {vacancy.Unanswered}, 👎 {vacancy.Down}");
            foreach (var cluster in vacancy.Clusters)
            {
                output.WriteLine($"  {cluster.Count,3} × \"{cluster.Label}\" ({string.Join(", ", cluster.Intents)}; unanswered {cluster.Unanswered}, 👎 {cluster.Down})");
                foreach (var example in cluster.Examples)
                {
                    output.WriteLine($"        e.g. {example}");
                }
            }

            foreach (var flag in vacancy.Lint)
            {
                output.WriteLine($"  lint {flag.Severity,-12} {flag.Field,-20} {flag.Message}");
            }
        }
    }
}
