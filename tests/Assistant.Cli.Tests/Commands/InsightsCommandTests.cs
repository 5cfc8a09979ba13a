using Assistant.Cli.Commands;
using Assistant.Dialogs.Insights;

namespace Assistant.Cli.Tests.Commands;

public sealed class InsightsCommandTests
{
    [Fact]
    public void Write_Report_HasOneRowPerDayIntentClusterAndLintFinding()
    {
        var report = new InsightsReport
        {
            Since = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)),
            Until = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.FromHours(1)),
            Intents = ["deadline", "unknown"],
            Days =
            [
                new InsightsDay(new DateOnly(2026, 3, 1), new Dictionary<string, int> { ["deadline"] = 2, ["unknown"] = 0 }),
                new InsightsDay(new DateOnly(2026, 3, 2), new Dictionary<string, int> { ["deadline"] = 0, ["unknown"] = 1 }),
            ],
            Vacancies =
            [
                new VacancyInsights
                {
                    VacancyId = "gemeente-a-tuinier",
                    Clusters = [new QuestionCluster("kat meebrengen", 2, 2, 0, ["unknown"], ["Mag ik mijn kat meebrengen?", "Kat mee, \"ja\"?"])],
                    Lint = [new InsightsLintFlag("missing", "scale", "no salary scale found")],
                },
            ],
        };

        var lines = InsightsCsv.Write(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                InsightsCsv.Header,
                "day,2026-03-01,,deadline,,2,,,",
                "day,2026-03-02,,unknown,,1,,,",
                "cluster,,gemeente-a-tuinier,unknown,kat meebrengen,2,2,0,\"Mag ik mijn kat meebrengen? | Kat mee, \"\"ja\"\"?\"",
                "lint,,gemeente-a-tuinier,,scale,,,,missing: no salary scale found",
            ],
            lines);
    }

    [Theory]
    [InlineData("=HYPERLINK(1)", "'=HYPERLINK(1)")]
    [InlineData("-1", "'-1")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("plain", "plain")]
    public void Escape_FormulaOrSeparator_IsMadeSafe(string cell, string expected) =>
        Assert.Equal(expected, InsightsCsv.Escape(cell));

    [Fact]
    public void Since_Date_IsMidnightInBrussels()
    {
        var since = InsightsCommand.Since("2026-07-01", DateTimeOffset.UnixEpoch, 30);

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)), since);
    }

    [Fact]
    public void Since_None_IsTheStartOfTheRetentionPeriod()
    {
        var since = InsightsCommand.Since(null, new DateTimeOffset(2026, 1, 31, 15, 0, 0, TimeSpan.Zero), 30);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), since);
    }

    [Theory]
    [InlineData("--since", "1 maart")]
    [InlineData("--json", "--csv")]
    public async Task Run_BadOptions_IsUsageError(string option, string value)
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("insights", option, value, "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(2, code);
        Assert.Contains("--", error, StringComparison.Ordinal);
    }
}
