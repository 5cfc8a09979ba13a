using System.Globalization;
using Assistant.Dialogs.Answering;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>assistant nlu [FILE]</c>: the understanding layer's accuracy on an utterance table (TSV: text, language, intent,
/// aspect, vacancy key; "-" = none). Prints language, intent, aspect and vacancy accuracy, the intent confusion and the misses.
/// </summary>
public sealed class NluCommand : ICliCommand
{
    private const string DefaultTable = "tests/Assistant.Understanding.Tests/utterances.tsv";

    public string Name => "nlu";
    public string Summary => "measure intent/language accuracy on an utterance table";
    public string Usage => $"assistant nlu [FILE] [--knowledge DIR]\n  FILE  TSV with text, language, intent, aspect, vacancy (default {DefaultTable})\n  exit code 1 when intent accuracy < 95% or a language is wrong\n"
        + "assistant nlu --calibrate FILE… [--knowledge DIR]\n  the intent confidence per threshold: share of questions below it and their accuracy (TSV tables, or eval YAML: first turns)";
    public IReadOnlyCollection<string> Options { get; } = ["calibrate"];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        if (args.Has("calibrate"))
        {
            using var knowledge = context.LoadKnowledge(args);
            var files = args.Positionals.Count > 0 ? args.Positionals.Select(Path.GetFullPath).ToList() : [Path.Combine(context.BaseDirectory, DefaultTable)];
            foreach (var path in files)
            {
                ConfidenceCalibration.Print(context.Out, Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path), knowledge, ConfidenceCalibration.Samples(path));
            }

            return Task.FromResult(0);
        }

        var file = args.Positionals.Count > 0 ? Path.GetFullPath(args.Positionals[0]) : Path.Combine(context.BaseDirectory, DefaultTable);
        if (!File.Exists(file))
        {
            throw new CliUsageException($"utterance table not found: {file}");
        }

        var rows = File.ReadAllLines(file)
            .Select((line, i) => (Line: i + 1, Cells: line.Split('\t')))
            .Where(r => r.Cells.Length >= 3 && !r.Cells[0].StartsWith('#') && r.Cells[0].Trim().Length > 0)
            .ToList();
        using var snapshot = context.LoadKnowledge(args);
        int language = 0, intent = 0, aspectTotal = 0, aspect = 0, vacancyTotal = 0, vacancy = 0;
        var confusion = new Dictionary<(string Want, string Got), int>();
        var misses = new List<string>();
        foreach (var (line, cells) in rows)
        {
            var a = AnswerRouter.Analyze(snapshot, cells[0]);
            language += a.Language == cells[1].Trim() ? 1 : 0;
            var wantIntent = cells[2].Trim();
            if (a.Intent == wantIntent)
            {
                intent++;
            }
            else
            {
                confusion[(wantIntent, a.Intent)] = confusion.GetValueOrDefault((wantIntent, a.Intent)) + 1;
                misses.Add($"  line {line}: {wantIntent} -> {a.Intent}: {cells[0]}");
            }

            if (cells.Length > 3 && cells[3].Trim().Length > 0)
            {
                aspectTotal++;
                aspect += (cells[3].Trim() == "-" ? a.Aspect is null : a.Aspect == cells[3].Trim()) ? 1 : 0;
            }

            if (cells.Length > 4 && cells[4].Trim().Length > 0)
            {
                vacancyTotal++;
                var key = cells[4].Trim();
                var ok = key == "-" ? a.VacancyIds.Count == 0
                    : key.StartsWith('?') ? a.AmbiguousVacancy && key[1..].Split('+').All(k => a.VacancyIds.Any(id => id.Contains(k, StringComparison.Ordinal)))
                    : a.VacancyIds.Count > 0 && a.VacancyIds[0].Contains(key, StringComparison.Ordinal);
                vacancy += ok ? 1 : 0;
            }
        }

        var o = context.Out;
        var n = rows.Count;
        o.WriteLine($"utterances:        {n} ({Path.GetFileName(file)})");
        o.WriteLine($"language accuracy: {Pct(language, n)} ({language}/{n})");
        o.WriteLine($"intent accuracy:   {Pct(intent, n)} ({intent}/{n})");
        o.WriteLine($"aspect accuracy:   {Pct(aspect, aspectTotal)} ({aspect}/{aspectTotal})");
        o.WriteLine($"vacancy accuracy:  {Pct(vacancy, vacancyTotal)} ({vacancy}/{vacancyTotal})");
        if (confusion.Count > 0)
        {
            o.WriteLine("intent confusion (expected -> got: count):");
            foreach (var ((want, got), count) in confusion.OrderByDescending(c => c.Value))
            {
                o.WriteLine($"  {want} -> {got}: {count}");
            }

            o.WriteLine("misses:");
            misses.ForEach(o.WriteLine);
        }

        return Task.FromResult(n > 0 && language == n && intent >= 0.95 * n ? 0 : 1);
    }

    private static string Pct(int right, int total) => total == 0 ? "n/a" : ((double)right / total).ToString("P1", CultureInfo.InvariantCulture);
}
