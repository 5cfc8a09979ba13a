using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Assistant.Cli.Tests.Commands;

/// <summary>The eval command's files, output and exit codes on tiny crafted sets; it asserts structure, not answer quality.</summary>
public sealed partial class EvalCommandTests : IDisposable
{
    private const string TinySet = """
        - id: tiny-deadline
          turns:
            - user: "Tot wanneer kan ik solliciteren in Harelbeke?"
              expect: { vacancy: harelbeke }
            - user: "En in Kortrijk?"
        - id: tiny-never
          now: 2026-01-20T09:00:00+01:00
          channel: teams
          turns:
            - user: "Wat is het loon?"
              expect: { mentions: [["zzz-never-said-zzz"]] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("eval-command-").FullName;

    [Fact]
    public async Task Eval_TinySet_WritesOneCompactJsonLinePerTurnAndTheSummary()
    {
        var cases = Write("tiny.yaml", TinySet);
        var results = Path.Combine(_folder, "out", "results.jsonl");

        var (code, output, error) = await CliTestKnowledge.RunAsync("eval", cases, "--results", results, "--knowledge", CliTestKnowledge.SeedPath());

        Assert.True(code == 1, error);
        Assert.Matches(Summary(), output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(3, Counts(output).Passed + Counts(output).Failed);
        Assert.Contains("tiny-never", output, StringComparison.Ordinal);
        Assert.Contains("missing one of ['zzz-never-said-zzz']", output, StringComparison.Ordinal);

        var bytes = await File.ReadAllBytesAsync(results);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no BOM");
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal([("tiny-deadline", 0), ("tiny-deadline", 1), ("tiny-never", 0)], lines.Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return (json.RootElement.GetProperty("case").GetString()!, json.RootElement.GetProperty("turn").GetInt32());
        }));
        using var first = JsonDocument.Parse(lines[0]);
        var response = first.RootElement.GetProperty("response");
        Assert.Equal(["case", "turn", "response"], first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["citations", "facts", "intent", "language", "source", "suggestedActions", "text", "vacancyIds", "verdict"], response.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("\n  ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_AllExpectationsEmpty_ExitsWithZero()
    {
        var cases = Write("empty.yaml", "- id: a\n  turns:\n    - user: hallo\n    - user: nog eens\n");

        var (code, output, error) = await CliTestKnowledge.RunAsync("eval", cases, "--knowledge", CliTestKnowledge.SeedPath());

        Assert.True(code == 0, error);
        Assert.Equal("2 passed, 0 failed", output.Trim());
    }

    [Fact]
    public async Task Eval_CaseFilter_RunsOnlyThatCase()
    {
        var cases = Write("tiny.yaml", TinySet);

        var (code, output, _) = await CliTestKnowledge.RunAsync("eval", cases, "--case", "tiny-never", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(1, code);
        Assert.Equal("0 passed, 1 failed", output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public async Task Eval_ManyCases_ReportsProgressOnStandardError()
    {
        var yaml = string.Concat(Enumerable.Range(0, 30).Select(i => $"- id: c{i}\n  turns:\n    - user: hallo {i}\n"));

        var (code, _, error) = await CliTestKnowledge.RunAsync("eval", Write("many.yaml", yaml), "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(0, code);
        Assert.Contains("eval: 25/30 cases", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- id: a\n  turns:\n    - user: \"open\n", "bad.yaml:")]
    [InlineData("- id: a\n  channel: fax\n  turns: []\n", "bad.yaml:2: unknown channel 'fax'")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: { mentions: [\"x\"] }\n", "bad.yaml:4: ")]
    public async Task Eval_MalformedFile_NamesFileAndLineAndExitsWithTwo(string yaml, string message)
    {
        var (code, output, error) = await CliTestKnowledge.RunAsync("eval", Write("bad.yaml", yaml), "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingFile_ExitsWithTwo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("eval", Path.Combine(_folder, "nope.yaml"));

        Assert.Equal(2, code);
        Assert.Contains("nope.yaml: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_UnknownCase_ExitsWithTwo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("eval", Write("tiny.yaml", TinySet), "--case", "nope");

        Assert.Equal(2, code);
        Assert.Contains("no case 'nope'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_NoFile_ExitsWithTwo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("eval");

        Assert.Equal(2, code);
        Assert.Contains("eval needs exactly one FILE", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Passed, int Failed) Counts(string output)
    {
        var match = Summary().Match(output.TrimEnd().Split('\n')[^1]);
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(\d+) passed, (\d+) failed$")]
    private static partial Regex Summary();
}
