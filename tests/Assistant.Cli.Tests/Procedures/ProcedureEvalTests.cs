using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Cli.Tests.Commands;
using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;
using Assistant.Procedures.Library;
using Xunit.Abstractions;

namespace Assistant.Cli.Tests.Procedures;

/// <summary>
/// The procedure eval sets (tests/corpus-hr): the development set over knowledge/general at 95 % or more, the held-out
/// set over its own documents above its floor, and no text of an internal document on the public channels.
/// </summary>
public sealed partial class ProcedureEvalTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("procedures.yaml", null, 60, 95.0)]
    [InlineData("heldout/procedures.yaml", "heldout/knowledge", 25, 90.0)]
    public async Task ProcedureEval_Set_PassesAboveItsFloor(string cases, string? knowledge, int minCases, double floor)
    {
        var root = HrFolder();
        var (code, text, error) = await CliTestKnowledge.RunAsync("eval", Path.Combine(root, cases), "--knowledge", knowledge is null ? CliTestKnowledge.SeedPath() : Path.Combine(root, knowledge));
        output.WriteLine(text);

        Assert.True(code is 0 or 1, error);
        var m = Summary().Match(text);
        Assert.True(m.Success, "no 'N passed, M failed' line");
        var (passed, failed) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.True(passed + failed >= minCases, $"{cases}: only {passed + failed} turns");
        Assert.True(100.0 * passed / (passed + failed) >= floor, $"{cases}: {passed}/{passed + failed} below the floor {floor}%");
    }

    [Theory]
    [InlineData("web", null)]
    [InlineData("teams", "public")]
    public async Task PublicChannel_AskedEveryInternalFact_ShowsNoneOfItsText(string channel, string? role)
    {
        var knowledge = CliTestKnowledge.SeedPath();
        using var snapshot = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(knowledge);
        var library = ProcedureLibrary.For(snapshot);
        var internalUnits = library.Units.Where(u => u.Audience != ProcedureAudience.Public).ToList();
        Assert.True(internalUnits.Count > 20, "the sample general documents are missing");
        var factory = AssistantRuntime.CreateSessionFactory(() => snapshot, new AssistantOptions { HrMailbox = "hr@example.org" });
        var questions = internalUnits.Select(u => u.Text)
            .Concat(internalUnits.Where(u => u.Article is not null).Select(u => $"Wat zegt artikel {u.Article}?"))
            .Concat(internalUnits.Select(u => u.Section).Where(s => s.Length > 0))
            .Distinct()
            .ToList();
        var secrets = internalUnits.Select(u => u.Text).Where(t => t.Length >= 25).Distinct().ToList();
        var now = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));
        foreach (var question in questions)
        {
            var answer = await factory.Create().SendAsync(new TurnInput(question, now, channel, Role: role));
            var shown = answer.Text + "\n" + string.Join("\n", answer.Citations.Select(c => c.Quote));
            var leaked = secrets.FirstOrDefault(s => shown.Contains(s, StringComparison.Ordinal) || Fragments(s).Any(f => shown.Contains(f, StringComparison.Ordinal)));
            Assert.True(leaked is null, $"'{question}' on {channel} showed internal text: {leaked}");
            Assert.DoesNotContain(answer.Citations, c => c.VacancyId == "general");
        }
    }

    /// <summary>40-character windows of an internal sentence, every 20 characters: a partial quote is a leak too.</summary>
    private static IEnumerable<string> Fragments(string text)
    {
        for (var i = 0; i + 40 <= text.Length; i += 20)
        {
            yield return text.Substring(i, 40);
        }
    }

    internal static string HrFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "corpus-hr");
            if (File.Exists(Path.Combine(folder, "procedures.yaml")))
            {
                return folder;
            }
        }

        throw new DirectoryNotFoundException("tests/corpus-hr not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^(\d+) passed, (\d+) failed", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
