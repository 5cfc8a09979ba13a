using System.Text.Json;

namespace Assistant.Cli.Tests.Commands;

/// <summary>The ask command's contract and errors; the answers' content belongs to the engine's own tests.</summary>
public sealed class AskCommandTests
{
    private static readonly string[] ContractFields = ["text", "language", "intent", "vacancyIds", "source", "verdict", "citations", "suggestedActions", "facts"];

    [Fact]
    public async Task Ask_Json_PrintsTheNineContractFieldsInCamelCase()
    {
        var (code, output, error) = await CliTestKnowledge.RunAsync("ask", "--json", "--now", "2025-12-01T10:00:00+01:00", "Tot wanneer kan ik solliciteren in Harelbeke?", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(ContractFields.Order(), root.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(JsonValueKind.String, root.GetProperty("text").ValueKind);
        Assert.Equal(JsonValueKind.String, root.GetProperty("language").ValueKind);
        Assert.Equal(JsonValueKind.String, root.GetProperty("intent").ValueKind);
        Assert.Equal(JsonValueKind.String, root.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("vacancyIds").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("citations").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("suggestedActions").ValueKind);
        Assert.Contains(root.GetProperty("verdict").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
    }

    [Fact]
    public async Task Ask_Text_PrintsTheAnswerAndAFooterWithIntentSourceVerdictLanguage()
    {
        var (code, output, error) = await CliTestKnowledge.RunAsync("ask", "Wat is het startloon?", "--vacancy", CliTestKnowledge.Harelbeke, "--channel", "teams", "--now", "2025-12-01T09:00:00Z", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.True(code == 0, error);
        var footer = output.TrimEnd().Split('\n')[^1];
        foreach (var label in new[] { "intent ", "source ", "verdict ", "language " })
        {
            Assert.Contains(label, footer, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask needs a question", "ask", "  ")]
    [InlineData("--now expects an ISO-8601 date and time with an offset", "ask", "vraag", "--now", "2025-12-01T10:00:00")]
    [InlineData("--now expects an ISO-8601 date and time with an offset", "ask", "vraag", "--now", "morgen")]
    [InlineData("--now expects an ISO-8601 date and time with an offset", "ask", "vraag", "--now", "2025-13-01T10:00:00+01:00")]
    [InlineData("unknown channel 'sms'", "ask", "vraag", "--channel", "sms")]
    [InlineData("unknown vacancy id 'bestaat-niet'", "ask", "vraag", "--vacancy", "bestaat-niet")]
    [InlineData("unknown option --top", "ask", "vraag", "--top", "3")]
    public async Task Ask_BadInput_PrintsOneErrorLineAndExitsWithTwo(string message, params string[] args)
    {
        var (code, output, error) = await CliTestKnowledge.RunAsync([.. args, "--knowledge", CliTestKnowledge.SeedPath()]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        var errorLine = Assert.Single(error.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains(message, errorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_VacancyIdInOtherCase_IsAccepted()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("ask", "--json", "Wat is het loon?", "--vacancy", CliTestKnowledge.Harelbeke.ToUpperInvariant(), "--knowledge", CliTestKnowledge.SeedPath());

        Assert.True(code == 0, error);
    }
}
