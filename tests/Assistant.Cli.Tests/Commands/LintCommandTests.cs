using System.Text.Json;

namespace Assistant.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    [Fact]
    public async Task Lint_Seeds_ReportsMissingDeadlineAndInferredYears()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("lint", "--knowledge", CliTestKnowledge.SeedPath());
        Assert.Equal(0, code);
        var kortrijk = Section(output, "kortrijk-");
        Assert.Contains("the documents state no application deadline", kortrijk, StringComparison.Ordinal);
        Assert.Contains("year inferred", kortrijk, StringComparison.Ordinal);
        Assert.Contains("year inferred", Section(output, "lievegem-"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Json_GivesFindingsPerVacancy()
    {
        var (_, output, _) = await CliTestKnowledge.RunAsync("lint", "--json", "--knowledge", CliTestKnowledge.SeedPath());
        var report = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, report.Count(r => r.GetProperty("id").GetString() != "general"));
        var general = Assert.Single(report, r => r.GetProperty("id").GetString() == "general");
        Assert.Empty(general.GetProperty("findings").EnumerateArray());
        var kortrijk = report.Single(r => r.GetProperty("id").GetString()!.StartsWith("kortrijk", StringComparison.Ordinal));
        Assert.Contains(kortrijk.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "missing" && f.GetProperty("field").GetString() == "applicationDeadline");
    }

    [Fact]
    public async Task Lint_BrokenDocument_IsAnErrorAndExitCodeOne()
    {
        var dir = CliTestKnowledge.CopyToTemp();
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "vacancies", "kapot.docx"), [80, 75, 1, 2]);
            var (code, output, _) = await CliTestKnowledge.RunAsync("lint", "--knowledge", dir);
            Assert.Equal(1, code);
            Assert.Contains("kapot.docx", Section(output, "kapot:"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Section(string output, string idStart)
    {
        var start = output.IndexOf("\n" + idStart, StringComparison.Ordinal) + 1;
        if (output.StartsWith(idStart, StringComparison.Ordinal))
        {
            start = 0;
        }

        var end = output.IndexOf("\n", output.IndexOf(" finding(s)", start, StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var nextHeader = output.IndexOf('\n', end + 1);
        while (nextHeader >= 0 && nextHeader + 1 < output.Length && output[nextHeader + 1] == ' ')
        {
            nextHeader = output.IndexOf('\n', nextHeader + 1);
        }

        return output[start..(nextHeader < 0 ? output.Length : nextHeader)];
    }
}
