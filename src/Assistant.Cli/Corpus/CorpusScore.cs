using System.Globalization;
using Assistant.Cli.Evaluation;

namespace Assistant.Cli.Corpus;

/// <summary>One key fact of one vacancy compared with the truth.</summary>
public sealed record FactComparison(string VacancyId, string Field, string Expected, string Actual, bool Right);

/// <summary>
/// The score of a corpus: key facts per field, eval turns per expected intent, and the verdicts given against the
/// verdicts expected (counts only, so that a held-out part can be summed up without reading its failures).
/// </summary>
public sealed record CorpusScore(
    IReadOnlyList<FactComparison> Facts,
    IReadOnlyList<EvalTurnResult> Turns,
    IReadOnlyDictionary<(string Case, int Turn), string> TurnIntents,
    IReadOnlyDictionary<(string Case, int Turn), string>? TurnVerdicts = null)
{
    private static readonly string[] Eligibility = ["eligible", "conditional", "not-eligible", "need-info"];

    public double FactRate => Rate(Facts.Count(f => f.Right), Facts.Count);

    public double TurnRate => Rate(Turns.Count(t => t.Passed), Turns.Count);

    /// <summary>Right / total per key-fact field, in a fixed order.</summary>
    public IEnumerable<(string Field, int Right, int Total)> ByField() =>
        Facts.GroupBy(f => f.Field).OrderBy(g => Array.IndexOf(CorpusFacts.Fields, g.Key)).Select(g => (g.Key, g.Count(f => f.Right), g.Count()));

    /// <summary>Passed / total per expected intent (the first one when the case allows several; "-" when it sets none).</summary>
    public IEnumerable<(string Intent, int Passed, int Total)> ByIntent() =>
        Turns.GroupBy(t => TurnIntents.TryGetValue((t.CaseId, t.Turn), out var i) ? i : "-").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(t => t.Passed), g.Count()));

    /// <summary>The report: per field, per intent, the two totals, then the wrong facts and the failed turns.</summary>
    public void Print(TextWriter output, bool details)
    {
        output.WriteLine("key facts            right / total");
        foreach (var (field, right, total) in ByField())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {field,-18} {right,5} / {total,-5} {Rate(right, total),6:P1}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"all",-18} {Facts.Count(f => f.Right),5} / {Facts.Count,-5} {FactRate,6:P1}"));
        output.WriteLine("eval turns by intent passed / total");
        foreach (var (intent, passed, total) in ByIntent())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {intent,-18} {passed,5} / {total,-5} {Rate(passed, total),6:P1}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"all",-18} {Turns.Count(t => t.Passed),5} / {Turns.Count,-5} {TurnRate,6:P1}"));
        if (TurnVerdicts is { Count: > 0 })
        {
            output.WriteLine("verdicts             expected: given");
            foreach (var (expected, given) in VerdictMatrix())
            {
                output.WriteLine($"  {expected,-18} {string.Join(", ", given.OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Value}"))}");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrong 'eligible'   {WrongYes}"));
        }

        if (!details)
        {
            return;
        }

        output.WriteLine();
        foreach (var wrong in Facts.Where(f => !f.Right))
        {
            output.WriteLine($"fact  {wrong.VacancyId}  {wrong.Field}: expected {wrong.Expected}, got {wrong.Actual}");
        }

        output.WriteLine();
        EvalReport.Print(output, Turns);
    }

    /// <summary>Per expected verdict (alternatives joined by '|'): how often each verdict was given ("-" for none).</summary>
    public IEnumerable<(string Expected, IReadOnlyDictionary<string, int> Given)> VerdictMatrix() =>
        Turns.Where(t => TurnVerdicts is not null && TurnVerdicts.ContainsKey((t.CaseId, t.Turn)))
            .GroupBy(t => TurnVerdicts![(t.CaseId, t.Turn)])
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyDictionary<string, int>)g.GroupBy(GivenVerdict).ToDictionary(v => v.Key, v => v.Count(), StringComparer.Ordinal)));

    /// <summary>
    /// Turns answered "eligible" where the case expects another eligibility verdict: the confident wrong yes, the worst
    /// thing the assistant can say.
    /// </summary>
    public int WrongYes => Turns.Count(t => TurnVerdicts is not null && TurnVerdicts.TryGetValue((t.CaseId, t.Turn), out var expected)
        && GivenVerdict(t) == "eligible" && !expected.Split('|').Contains("eligible") && expected.Split('|').Any(Eligibility.Contains));

    private static string GivenVerdict(EvalTurnResult turn) =>
        turn.Response is { ValueKind: System.Text.Json.JsonValueKind.Object } r && r.TryGetProperty("verdict", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String
            ? v.GetString() ?? "-"
            : "-";

    private static double Rate(int right, int total) => total == 0 ? 1 : (double)right / total;
}
