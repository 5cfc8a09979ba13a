using System.Globalization;
using Assistant.Cli.Corpus;
using Assistant.Cli.Evaluation;
using Assistant.Cli.Tests.Commands;
using Xunit.Abstractions;

namespace Assistant.Cli.Tests.Corpus;

/// <summary>
/// The test corpus (tests/corpus) scored as `assistant corpus` does, with a floor per part: a change that makes the
/// assistant worse on documents and questions it was not built on fails the test command. Floors only go up.
/// </summary>
public sealed partial class CorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tuned", 98.5, 99.5, 0)]
    [InlineData("heldout", 99.5, 92.5, 0)]
    [InlineData("tuned2", 99.0, 94.5, 0)]
    [InlineData("tuned3", 93.5, 92.0, 0)]
    [InlineData("tuned4", 96.5, 91.5, 0)]
    [InlineData("tuned5", 98.5, 87.5, 0)]
    [InlineData("tuned6", 97.5, 86.5, 0)]
    [InlineData("tuned7", 96.0, 95.5, 0)]
    [InlineData("tuned8", 97.0, 87.0, 0)]
    [InlineData("tuned9", 90.5, 81.5, 0)]
    [InlineData("tuned10", 97.5, 82.5, 0)]
    [InlineData("tuned11", 92.5, 75.5, 0)]
    [InlineData("tuned12", 93.5, 79.5, 0)]
    [InlineData("tuned13", 91.0, 69.5, 0)]
    [InlineData("tuned14", 81.5, 53.5, 0)]
    [InlineData("tuned15", 86.0, 67.0, 0)]
    [InlineData("blind15", 76.0, 60.5, 0)]
    public async Task Corpus_KeyFactsAndEvalTurns_StayAboveTheirFloors(string part, double factFloor, double turnFloor, int wrongYesCeiling)
    {
        var (code, text, error) = await CliTestKnowledge.RunAsync("corpus", CorpusFolders.Part(part));
        output.WriteLine(text);

        Assert.True(code is 0, error);
        var totals = AllRow().Matches(text).Select(m => (Right: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Total: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(2, totals.Count);
        var (facts, turns) = (totals[0], totals[1]);
        Assert.True(facts.Total > 50 && turns.Total > 100, $"the {part} corpus is incomplete: {facts.Total} facts, {turns.Total} turns");
        Assert.True(100.0 * facts.Right / facts.Total >= factFloor, $"{part}: key facts {facts.Right}/{facts.Total} below the floor {factFloor}%");
        Assert.True(100.0 * turns.Right / turns.Total >= turnFloor, $"{part}: eval turns {turns.Right}/{turns.Total} below the floor {turnFloor}%");
        var wrongYes = WrongYesRow().Match(text);
        Assert.True(wrongYes.Success, "the report has no count of wrong 'eligible' verdicts");
        Assert.True(int.Parse(wrongYes.Groups[1].Value, CultureInfo.InvariantCulture) <= wrongYesCeiling, $"{part}: more wrong 'eligible' verdicts than the ceiling {wrongYesCeiling}");
    }

    [Fact]
    public void VerdictMatrix_CountsGivenVerdictsPerExpectedOne_AndTheWrongYes()
    {
        static EvalTurnResult Turn(string id, string? verdict) => new(
            id, 0, "q", System.Text.Json.JsonDocument.Parse(verdict is null ? "{}" : $$"""{"verdict":"{{verdict}}"}""").RootElement, []);
        var turns = new[] { Turn("a", "eligible"), Turn("b", "eligible"), Turn("c", "need-info"), Turn("d", null), Turn("e", "eligible"), Turn("f", "pass") };
        var expected = new Dictionary<(string, int), string>
        {
            [("a", 0)] = "eligible", [("b", 0)] = "not-eligible", [("c", 0)] = "not-eligible", [("d", 0)] = "need-info",
            [("e", 0)] = "eligible|conditional", [("f", 0)] = "fail",
        };
        var score = new CorpusScore([], turns, new Dictionary<(string, int), string>(), expected);

        var matrix = score.VerdictMatrix().ToDictionary(r => r.Expected, r => r.Given);

        Assert.Equal(1, matrix["not-eligible"]["eligible"]);
        Assert.Equal(1, matrix["not-eligible"]["need-info"]);
        Assert.Equal(1, matrix["need-info"]["-"]);
        Assert.Equal(1, matrix["fail"]["pass"]);
        Assert.Equal(1, score.WrongYes);
    }

    [Fact]
    public async Task CorpusCommand_NotACorpusFolder_IsABadUsageNamingWhatIsMissing()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("corpus", CliTestKnowledge.SeedPath());

        Assert.Equal(2, code);
        Assert.Contains("truth.yaml", error, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^  all +(\d+) / (\d+)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex AllRow();

    [System.Text.RegularExpressions.GeneratedRegex(@"^  wrong 'eligible' +(\d+)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex WrongYesRow();
}
