using System.Text;
using Assistant.Understanding;
using Xunit.Abstractions;

namespace Assistant.Understanding.Tests;

/// <summary>
/// The checked-in utterance table (utterances.tsv: text, language, intent, aspect, vacancy key) over the seed
/// vacancies: language must always be right, intent at least 95% of the time; aspects and vacancies are checked too.
/// Aspect "-" means none; vacancy "-" means none, "?a+b" means ambiguous between a and b.
/// </summary>
public sealed class UtteranceTableTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<Utterance>> Table = new(Load);

    [Fact]
    public void Analyze_UtteranceTable_HasAtLeast150Utterances()
    {
        Assert.True(Table.Value.Count >= 150, $"only {Table.Value.Count} utterances");
    }

    [Fact]
    public void Analyze_UtteranceTable_LanguageIsAlwaysRight()
    {
        var sut = UnderstandingTestData.SeedAnalyzer;
        var wrong = Table.Value.Select(u => (u, a: sut.Analyze(u.Text))).Where(x => x.a.Language != x.u.Language).ToList();
        foreach (var (u, a) in wrong)
        {
            output.WriteLine($"{u.Language} -> {a.Language}: {u.Text}");
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Analyze_UtteranceTable_IntentAccuracyIsAtLeast95Percent()
    {
        var sut = UnderstandingTestData.SeedAnalyzer;
        var results = Table.Value.Select(u => (u, a: sut.Analyze(u.Text))).ToList();
        var right = results.Count(x => x.a.Intent == x.u.Intent);
        var accuracy = (double)right / results.Count;
        output.WriteLine($"intent accuracy {accuracy:P1} ({right}/{results.Count})");
        if (accuracy < 0.95)
        {
            output.WriteLine(Confusion(results.Select(x => (x.u.Intent, x.a.Intent)).ToList()));
        }

        foreach (var (u, a) in results.Where(x => x.a.Intent != x.u.Intent))
        {
            output.WriteLine($"{u.Intent} -> {a.Intent}: {u.Text}");
        }

        Assert.True(accuracy >= 0.95, $"intent accuracy {accuracy:P1}");
    }

    [Fact]
    public void Analyze_UtteranceTable_AspectAccuracyIsAtLeast90Percent()
    {
        var sut = UnderstandingTestData.SeedAnalyzer;
        var checkedRows = Table.Value.Where(u => u.Aspect.Length > 0).Select(u => (u, a: sut.Analyze(u.Text))).ToList();
        var wrong = checkedRows.Where(x => x.a.Intent == x.u.Intent && (x.a.Aspect ?? "-") != x.u.Aspect
            || x.a.Intent != x.u.Intent).ToList();
        foreach (var (u, a) in wrong)
        {
            output.WriteLine($"{u.Intent}/{u.Aspect} -> {a.Intent}/{a.Aspect ?? "-"}: {u.Text}");
        }

        var accuracy = 1 - (double)wrong.Count / checkedRows.Count;
        output.WriteLine($"aspect accuracy {accuracy:P1} over {checkedRows.Count}");
        Assert.True(accuracy >= 0.90, $"aspect accuracy {accuracy:P1}");
    }

    [Fact]
    public void Analyze_UtteranceTable_VacancyAccuracyIsAtLeast95Percent()
    {
        var sut = UnderstandingTestData.SeedAnalyzer;
        var checkedRows = Table.Value.Where(u => u.Vacancy.Length > 0).Select(u => (u, a: sut.Analyze(u.Text))).ToList();
        var wrong = checkedRows.Where(x => !VacancyMatches(x.u.Vacancy, x.a)).ToList();
        foreach (var (u, a) in wrong)
        {
            output.WriteLine($"{u.Vacancy} -> [{string.Join(",", a.VacancyIds)}]{(a.AmbiguousVacancy ? " ambiguous" : "")}: {u.Text}");
        }

        var accuracy = 1 - (double)wrong.Count / checkedRows.Count;
        output.WriteLine($"vacancy accuracy {accuracy:P1} over {checkedRows.Count}");
        Assert.True(accuracy >= 0.95, $"vacancy accuracy {accuracy:P1}");
    }

    private static bool VacancyMatches(string expected, QuestionAnalysis a)
    {
        if (expected == "-")
        {
            return a.VacancyIds.Count == 0;
        }

        if (expected.StartsWith('?'))
        {
            var keys = expected[1..].Split('+');
            return a.AmbiguousVacancy && keys.All(k => a.VacancyIds.Any(id => id.Contains(k, StringComparison.Ordinal)));
        }

        return !a.AmbiguousVacancy && a.VacancyIds.Count > 0 && a.VacancyIds[0].Contains(expected, StringComparison.Ordinal);
    }

    private static string Confusion(IReadOnlyList<(string Expected, string Actual)> pairs)
    {
        var labels = pairs.SelectMany(p => new[] { p.Expected, p.Actual }).Distinct().Order(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder("expected \\ actual\n");
        sb.Append(string.Join("", labels.Select(l => l.PadLeft(12)))).Append('\n');
        foreach (var row in labels)
        {
            sb.Append(string.Join("", labels.Select(col => pairs.Count(p => p.Expected == row && p.Actual == col).ToString().PadLeft(12))));
            sb.Append("  ").Append(row).Append('\n');
        }

        return sb.ToString();
    }

    private static IReadOnlyList<Utterance> Load()
    {
        var path = Path.Combine(UnderstandingTestData.RepositoryRoot(), "tests", "Assistant.Understanding.Tests", "utterances.tsv");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => new Utterance(c[0], c[1], c[2], c.Length > 3 ? c[3] : "", c.Length > 4 ? c[4] : ""))
            .ToList();
    }

    private sealed record Utterance(string Text, string Language, string Intent, string Aspect, string Vacancy);
}
