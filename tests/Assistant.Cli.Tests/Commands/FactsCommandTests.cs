using System.Text.Json;

namespace Assistant.Cli.Tests.Commands;

public sealed class FactsCommandTests
{
    [Fact]
    public async Task Facts_Json_PrintsTheContractForEverySeed()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("facts", "--json", "--knowledge", CliTestKnowledge.SeedPath());
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var vacancies = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, vacancies.Count);
        foreach (var v in vacancies)
        {
            foreach (var field in new[] { "id", "organisation", "title", "scale", "applicationDeadline", "requirements", "salary", "selectionSteps", "reserve", "benefits", "documents", "contacts" })
            {
                Assert.True(v.TryGetProperty(field, out _), $"{field} missing");
            }
        }

        var harelbeke = vacancies.Single(v => v.GetProperty("id").GetString() == CliTestKnowledge.Harelbeke);
        var deadline = harelbeke.GetProperty("applicationDeadline");
        Assert.Equal("2025-12-14", deadline.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, deadline.GetProperty("time").ValueKind);
        Assert.True(deadline.GetProperty("inclusive").GetBoolean());
        Assert.False(deadline.GetProperty("yearInferred").GetBoolean());
        Assert.Equal("vacancy.txt", deadline.GetProperty("citation").GetProperty("document").GetString());
        Assert.Equal("B1-B3", harelbeke.GetProperty("scale").GetString());
        Assert.Equal("bachelor", harelbeke.GetProperty("requirements").GetProperty("routes")[0].GetProperty("diploma").GetString());
        Assert.Equal("month", harelbeke.GetProperty("salary").GetProperty("period").GetString());
        var kamer = vacancies.Single(v => v.GetProperty("id").GetString()!.StartsWith("kamer", StringComparison.Ordinal));
        Assert.Equal("23:59", kamer.GetProperty("applicationDeadline").GetProperty("time").GetString());
        Assert.Equal(JsonValueKind.Null, vacancies.Single(v => v.GetProperty("id").GetString()!.StartsWith("kortrijk", StringComparison.Ordinal)).GetProperty("applicationDeadline").ValueKind);
    }

    [Fact]
    public async Task Facts_SomeIds_PrintsOnlyThose()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("facts", "--json", "--knowledge", CliTestKnowledge.SeedPath(), CliTestKnowledge.Harelbeke);
        Assert.Equal(0, code);
        Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Facts_UnknownId_ExitsTwoWithClearError()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("facts", "--knowledge", CliTestKnowledge.SeedPath(), "no-such-vacancy");
        Assert.Equal(2, code);
        Assert.Contains("unknown vacancy id 'no-such-vacancy'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_MalformedFactsYaml_ReportsFileLineFieldAndStillLoadsEveryVacancy()
    {
        var dir = CliTestKnowledge.CopyToTemp();
        try
        {
            File.WriteAllText(Path.Combine(dir, "vacancies", CliTestKnowledge.Harelbeke, "facts.yaml"), "title: Curated\nsalary.period: weekly\n");
            File.WriteAllBytes(Path.Combine(dir, "vacancies", "kapot.pdf"), [1, 2, 3, 4, 5]);
            var (code, output, error) = await CliTestKnowledge.RunAsync("facts", "--json", "--knowledge", dir);
            Assert.Equal(0, code);
            var vacancies = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
            Assert.Equal(5, vacancies.Count);
            Assert.Equal("Curated", vacancies.Single(v => v.GetProperty("id").GetString() == CliTestKnowledge.Harelbeke).GetProperty("title").GetString());
            Assert.Contains("facts.yaml: line 2: field 'salary.period'", error, StringComparison.Ordinal);
            Assert.Contains("kapot.pdf", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Facts_MissingKnowledgeFolder_ExitsTwo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("facts", "--knowledge", "/nonexistent/folder");
        Assert.Equal(2, code);
        Assert.Contains("knowledge folder not found", error, StringComparison.Ordinal);
    }
}
