using Assistant.Cli.Commands.Bench;
using Assistant.Knowledge.Base;

namespace Assistant.Cli.Tests.Commands;

public sealed class BenchAskCommandTests
{
    [Fact]
    public async Task BenchAsk_Count50_PrintsThroughputPercentilesAndDistributions()
    {
        var (code, output, error) = await CliTestKnowledge.RunAsync("bench", "ask", "--count", "50", "--seed", "3", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.True(code is 0 or 1, error);
        foreach (var expected in new[] { "questions:       50 ", "questions/s:", "p50", "p95", "p99", "max", "errors:", "intents returned", "sources returned", "by question category" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BenchAsk_EmptyKnowledge_ExitsWithTwo()
    {
        var empty = Directory.CreateTempSubdirectory("bench-ask-empty-").FullName;
        try
        {
            var (code, _, error) = await CliTestKnowledge.RunAsync("bench", "ask", "--count", "5", "--knowledge", empty);

            Assert.Equal(2, code);
            Assert.Contains("no vacancies", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Create_SeedKnowledge_MixesAtLeastAThousandQuestionsInThreeLanguagesFromTheFacts()
    {
        using var snapshot = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(CliTestKnowledge.SeedPath());
        var facts = snapshot.Vacancies.Select(v => v.Facts).ToList();
        var sut = new AskQuestionGenerator(facts);

        var questions = sut.Create(2000, 42);

        Assert.Equal(2000, questions.Count);
        Assert.True(questions.Select(q => q.Text).Distinct(StringComparer.Ordinal).Count() >= 1000);
        Assert.Equal(["en", "fr", "nl"], questions.Select(q => q.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(AskQuestionGenerator.Categories.Order(StringComparer.Ordinal), questions.Select(q => q.Category).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(questions, q => q.Text.Contains('{', StringComparison.Ordinal) || q.Text.Contains("  ", StringComparison.Ordinal));
        var names = facts.SelectMany(f => new[] { f.Location, f.Organisation }).OfType<string>().ToList();
        Assert.All(questions.Where(q => q.Category != "vacancies" && q.PageVacancyId is null), q => Assert.Contains(names, n => q.Text.Contains(n, StringComparison.Ordinal) || facts.Any(f => f.Title is { } t && q.Text.Contains(t, StringComparison.Ordinal))));
        Assert.Equal(questions, sut.Create(2000, 42));
    }
}
