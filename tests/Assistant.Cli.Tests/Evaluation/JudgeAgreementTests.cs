using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Cli.Tests.Commands;
using Xunit.Abstractions;

namespace Assistant.Cli.Tests.Evaluation;

/// <summary>
/// EvalJudge against the reference judge: the same cases file and results file go to shared/eval/evalcheck.py and to
/// EvalJudge, and the failed (case, turn) pairs must be the same. The crafted part always checks EvalJudge against
/// hand-computed outcomes; evalcheck.py joins when python3, PyYAML and ../shared/eval are present.
/// </summary>
public sealed partial class JudgeAgreementTests(ITestOutputHelper output) : IDisposable
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string _folder = Directory.CreateTempSubdirectory("judge-agreement-").FullName;

    /// <summary>(id, expect as a YAML flow value, response JSON or null for none recorded, whether the turn passes).</summary>
    private static readonly (string Id, string Expect, string? Response, bool Passes)[] FieldCases =
    [
        ("fields-all-ok", "{ intent: [eligibility, vacancies], vacancy: harelbeke, verdict: conditional, source: rules, language: nl }",
            """{"text":"x","language":"nl","intent":"vacancies","vacancyIds":["harelbeke-deskundige"],"source":"rules","verdict":"conditional"}""", true),
        ("fields-intent-wrong", "{ intent: salary }", """{"text":"x","intent":"deadline"}""", false),
        ("fields-verdict-null-wanted", "{ verdict: ~ }", """{"text":"x","verdict":null}""", true),
        ("fields-verdict-null-key-missing", "{ verdict: ~ }", """{"text":"x"}""", true),
        ("fields-verdict-empty-is-null", "{ verdict: }", """{"text":"x","verdict":"pass"}""", false),
        ("fields-verdict-no-is-false", "{ verdict: no }", """{"text":"x","verdict":"no"}""", false),
        ("fields-verdict-no-quoted", "{ verdict: \"no\" }", """{"text":"x","verdict":"no"}""", true),
        ("fields-intent-one-equals-true", "{ intent: 1 }", """{"text":"x","intent":true}""", true),
        ("fields-intent-float-equals-int", "{ intent: 1.0 }", """{"text":"x","intent":1}""", true),
        ("fields-language-missing", "{ language: nl }", """{"text":"x"}""", false),
        ("fields-source-list", "{ source: [rules, retrieval] }", """{"text":"x","source":"retrieval"}""", true),
        ("fields-vacancy-substring", "{ vacancy: kort }", """{"text":"x","vacancyIds":["kortrijk-x"]}""", true),
        ("fields-vacancy-case-sensitive", "{ vacancy: Kortrijk }", """{"text":"x","vacancyIds":["kortrijk-x"]}""", false),
        ("fields-vacancy-null-id", "{ vacancy: kortrijk }", """{"text":"x","vacancyIds":[null,"kortrijk-x"]}""", true),
        ("fields-vacancy-none", "{ vacancy: kortrijk }", """{"text":"x","vacancyIds":null}""", false),
        ("fields-absent-hit", "{ absent: [\"MASTER\"] }", """{"text":"een  master"}""", false),
        ("fields-absent-miss", "{ absent: [\"master\"] }", """{"text":"een bachelor"}""", true),
        ("fields-empty-expect", "{}", """{"text":"x"}""", true),
        ("fields-null-expect", "~", """{"text":"x"}""", true),
        ("fields-empty-group", "{ mentions: [[]] }", """{"text":"x"}""", false),
        ("fields-null-mentions", "{ mentions: ~, absent: ~ }", """{"text":"x"}""", true),
        ("fields-null-response", "{ intent: ~ }", "null", true),
        ("fields-null-text", "{ mentions: [[\"x\"]] }", """{"text":null}""", false),
        ("fields-mixed-groups", "{ mentions: [[\"eur:9.99\", \"capaciteitstest\"], [\"date:2026-01-08\"]] }", """{"text":"Capaciteitstest op 8 januari 2026."}""", true),
        ("fields-no-response", "{}", null, false),
    ];

    [Fact]
    public void CraftedCases_EvalJudge_FailsTheHandComputedTurns()
    {
        var (casesPath, resultsPath, expectedFailures, _) = WriteCraftedCases();

        Assert.Equal(expectedFailures.Order(), ReferenceJudge.JudgeWithEvalJudge(casesPath, resultsPath).Order());
    }

    [SkippableFact]
    public async Task CraftedCases_Evalcheck_FailsTheSameTurns()
    {
        var unavailable = await ReferenceJudge.UnavailableAsync();
        Skip.If(unavailable is not null, $"evalcheck.py cannot run here: {unavailable}");
        var (casesPath, resultsPath, expectedFailures, turns) = WriteCraftedCases();

        var reference = await ReferenceJudge.RunAsync(casesPath, resultsPath);

        Assert.Equal(expectedFailures.Order(), reference.Failed.Order());
        Assert.Equal($"{turns - expectedFailures.Count} passed, {expectedFailures.Count} failed", reference.Summary);
    }

    private (string CasesPath, string ResultsPath, HashSet<(string, int)> ExpectedFailures, int Turns) WriteCraftedCases()
    {
        var yaml = new StringBuilder();
        var results = new StringBuilder();
        var expectedFailures = new HashSet<(string, int)>();
        var turns = 0;
        void Add(string id, string expect, string? response, bool passes, string rawId = "")
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- id: {(rawId.Length > 0 ? rawId : Quote(id))}\n  turns:\n    - user: \"vraag\"\n      expect: {expect}\n");
            if (response is not null)
            {
                results.Append(CultureInfo.InvariantCulture, $"{{\"case\": {Quote(id)}, \"turn\": 0, \"response\": {response}}}\n");
            }

            turns++;
            if (!passes)
            {
                expectedFailures.Add((id, 0));
            }
        }

        for (var i = 0; i < JudgeSamples.Mentions.Length; i++)
        {
            var (alternative, text, matches) = JudgeSamples.Mentions[i];
            Add($"mention-{i:000}", $"{{ mentions: [[{Quote(alternative)}]] }}", $"{{\"text\": {Quote(text)}}}", matches);
        }

        foreach (var (id, expect, response, passes) in FieldCases)
        {
            Add(id, expect, response, passes);
        }

        Add("123", "{}", """{"text":"x"}""", passes: false, rawId: "123");
        yaml.Append("- id: multi-turn\n  turns:\n    - user: a\n      expect: { intent: salary }\n    - user: b\n      expect: {}\n");
        results.Append("{\"case\": \"multi-turn\", \"turn\": 0, \"response\": {\"text\": \"x\", \"intent\": \"salary\"}}\n");
        expectedFailures.Add(("multi-turn", 1));
        turns += 2;

        return (Write("crafted.yaml", yaml.ToString()), Write("crafted.jsonl", results.ToString()), expectedFailures, turns);
    }

    /// <summary>The development set must stay at 100% (skipped, and reported as skipped, when ../shared is not beside the clone).</summary>
    [SkippableFact]
    public async Task SharedDevSet_EvalCommand_EveryTurnPasses()
    {
        var run = await DevRun.Value;
        Skip.If(run is null, "../shared/eval/dev.yaml not found: the shared folder (design notes, seeds, eval set) is not beside this clone");
        output.WriteLine($"eval command: {run.Summary}");

        Assert.Empty(run.Judged);
        Assert.Empty(run.Table);
        Assert.Matches(@"^\d+ passed, 0 failed$", run.Summary);
    }

    [SkippableFact]
    public async Task SharedDevSet_EvalCommandResults_JudgedTheSameByEvalcheck()
    {
        var run = await DevRun.Value;
        Skip.If(run is null, "../shared/eval/dev.yaml not found: the shared folder is not beside this clone");
        var unavailable = await ReferenceJudge.UnavailableAsync();
        Skip.If(unavailable is not null, $"evalcheck.py cannot run here: {unavailable}");

        Assert.Equal(run.Judged.Order(), run.Table.Order());
        var reference = await ReferenceJudge.RunAsync(run.Cases, run.Results);
        output.WriteLine($"evalcheck.py: {reference.Summary}");
        Assert.Equal(reference.Failed.Order(), run.Judged.Order());
        Assert.Equal(reference.Summary, run.Summary);
    }

    /// <summary>One `assistant eval` run of the shared development set per test run (null when the set is not there).</summary>
    private static readonly Lazy<Task<DevSetRun?>> DevRun = new(RunDevSetAsync);

    private static async Task<DevSetRun?> RunDevSetAsync()
    {
        var shared = ReferenceJudge.SharedEvalFolder();
        if (shared is null || !File.Exists(Path.Combine(shared, "dev.yaml")))
        {
            return null;
        }

        var dev = Path.Combine(shared, "dev.yaml");
        var resultsPath = Path.Combine(Directory.CreateTempSubdirectory("judge-agreement-dev-").FullName, "dev.jsonl");
        var (code, text, error) = await CliTestKnowledge.RunAsync("eval", dev, "--results", resultsPath, "--knowledge", CliTestKnowledge.SeedPath());
        Assert.True(code is 0 or 1, error);
        var summary = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var table = TableRow().Matches(text).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToHashSet();
        return new DevSetRun(dev, resultsPath, summary, table, ReferenceJudge.JudgeWithEvalJudge(dev, resultsPath));
    }

    private sealed record DevSetRun(string Cases, string Results, string Summary, HashSet<(string, int)> Table, HashSet<(string, int)> Judged);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, Relaxed);

    [GeneratedRegex(@"^(\S+) +(\d+)  ", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
