using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Cli.Tests.Commands;
using Assistant.Cli.Tests.Corpus;
using Xunit.Abstractions;

namespace Assistant.Cli.Tests.Evaluation;

/// <summary>
/// With a scripted model (<c>--model fake:SCRIPT</c>) the scores are never lower than without one: a model that answers
/// nonsense is fully guarded (the very same answers), a well-behaved one may only add. On the development set and the
/// tuned corpus.
/// </summary>
public sealed partial class ModelEvalTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task DevSet_WithANonsenseModel_GivesTheSameAnswers_AndAnyScriptedOneNoLowerScore()
    {
        var dev = ReferenceJudge.SharedEvalFolder() is { } folder ? Path.Combine(folder, "dev.yaml") : null;
        Skip.If(dev is null || !File.Exists(dev), "../shared/eval/dev.yaml not found: the shared folder is not beside this clone");
        var temp = Directory.CreateTempSubdirectory("model-eval-").FullName;
        try
        {
            var (without, withoutResults) = await EvalAsync(dev, temp, null);
            var (nonsense, nonsenseResults) = await EvalAsync(dev, temp, "fake:nonsense");
            var (quote, _) = await EvalAsync(dev, temp, "fake:quote");
            var (absent, _) = await EvalAsync(dev, temp, "fake:not-in-documents");

            Assert.Equal(withoutResults, nonsenseResults);
            Assert.Equal(without, nonsense);
            Assert.True(quote >= without, $"dev set: {quote} turns pass with fake:quote, {without} without a model");
            Assert.True(absent >= without, $"dev set: {absent} turns pass with fake:not-in-documents, {without} without a model");
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public async Task TunedCorpus_WithAScriptedModel_ScoresNoLower_AndFewTurnsCallIt()
    {
        var folder = CorpusFolders.Part("tuned");
        var without = Turns((await CliTestKnowledge.RunAsync("corpus", folder)).Out);
        foreach (var script in new[] { "nonsense", "quote", "not-in-documents" })
        {
            var (code, text, error) = await CliTestKnowledge.RunAsync("corpus", folder, "--model", "fake:" + script);
            output.WriteLine(text);
            Assert.True(code is 0, error);

            Assert.True(Turns(text) >= without, $"tuned corpus: {Turns(text)} turns pass with fake:{script}, {without} without a model");
            var share = ModelTurns().Match(text);
            Assert.True(share.Success, "no model line in the corpus report");
            Assert.True(double.Parse(share.Groups[1].Value, CultureInfo.InvariantCulture) <= 10.0, $"more than 10% of the turns called the model: {share.Value}");
        }
    }

    [Fact]
    public async Task ProcedureSet_WithAScriptedModel_ScoresNoLower_AndSummariesAreGuarded()
    {
        var cases = Path.Combine(Procedures.ProcedureEvalTests.HrFolder(), "procedures.yaml");
        var temp = Directory.CreateTempSubdirectory("model-eval-hr-").FullName;
        try
        {
            var (without, _) = await EvalAsync(cases, temp, null);
            foreach (var script in new[] { "nonsense", "quote", "not-in-documents" })
            {
                var (with, results) = await EvalAsync(cases, temp, "fake:" + script);
                Assert.True(with >= without, $"procedures: {with} turns pass with fake:{script}, {without} without a model");
                // A well-behaved model's summary stands above the numbered sources; a guarded or silent one leaves the quote.
                Assert.Equal(script == "quote", results.Contains("Kort samengevat: ", StringComparison.Ordinal));
                Assert.Equal(script == "quote", results.Contains("\\n[1] Art. ", StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static async Task<(int Passed, string Results)> EvalAsync(string dev, string folder, string? model)
    {
        var results = Path.Combine(folder, (model ?? "none").Replace(':', '-') + ".jsonl");
        string[] args = ["eval", dev, "--results", results, "--knowledge", CliTestKnowledge.SeedPath()];
        var (code, text, error) = await CliTestKnowledge.RunAsync(model is null ? args : [.. args, "--model", model]);
        Assert.True(code is 0 or 1, error);
        var passed = Passed().Match(text);
        Assert.True(passed.Success, text);
        return (int.Parse(passed.Groups[1].Value, CultureInfo.InvariantCulture), await File.ReadAllTextAsync(results));
    }

    private static int Turns(string report) =>
        AllRow().Matches(report) is { Count: 2 } rows ? int.Parse(rows[1].Groups[1].Value, CultureInfo.InvariantCulture) : throw new Xunit.Sdk.XunitException("no turn totals in: " + report);

    [GeneratedRegex(@"^(\d+) passed, \d+ failed", RegexOptions.Multiline)]
    private static partial Regex Passed();

    [GeneratedRegex(@"^  all +(\d+) / (\d+)", RegexOptions.Multiline)]
    private static partial Regex AllRow();

    [GeneratedRegex(@"^model turns: \d+ of \d+ turns called the model \((\d+(?:\.\d+)?) %\)", RegexOptions.Multiline)]
    private static partial Regex ModelTurns();
}
