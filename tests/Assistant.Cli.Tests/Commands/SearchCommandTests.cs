using System.Text.Json;

namespace Assistant.Cli.Tests.Commands;

public sealed class SearchCommandTests
{
    [Fact]
    public async Task Search_Json_PrintsHitsWithTheContractFields()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("search", "Aan wie rapporteert de deskundige externe communicatie?", "--vacancy", CliTestKnowledge.Harelbeke, "--top", "3", "--json", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 3);
        var first = hits[0];
        Assert.Equal(CliTestKnowledge.Harelbeke, first.GetProperty("vacancyId").GetString());
        Assert.Equal("vacancy.txt", first.GetProperty("document").GetString());
        Assert.Equal(JsonValueKind.String, first.GetProperty("section").ValueKind);
        Assert.Contains("teamleider", first.GetProperty("passage").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.True(first.GetProperty("end").GetInt32() > first.GetProperty("start").GetInt32());
        Assert.Equal("public", first.GetProperty("audience").GetString());
    }

    [Fact]
    public async Task Search_Human_PrintsRankScoreVacancyAndPassage()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("search", "Welke sociale mediakanalen beheert de Kamer?", "--top", "2", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(0, code);
        Assert.Contains(" 1. ", output, StringComparison.Ordinal);
        Assert.Contains("kamer-assistent-sociale-media", output, StringComparison.Ordinal);
        Assert.Contains("Bluesky", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_UnknownVacancy_ExitsWithTwoAndSaysSo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("search", "loon", "--vacancy", "bestaat-niet", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(2, code);
        Assert.Contains("unknown vacancy id 'bestaat-niet'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("title:(diploma AND")]
    [InlineData("*?")]
    public async Task Search_SpecialCharacters_Succeeds(string text)
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("search", text, "--json", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(output).RootElement.ValueKind);
    }

    [Fact]
    public async Task Search_InternalSwitchBeforeText_TreatsTextAsQuery()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("search", "--internal", "wervingsreserve", "--json", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(0, code);
        Assert.NotEmpty(JsonDocument.Parse(output).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Search_NoText_ExitsWithTwo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("search", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(2, code);
        Assert.Contains("needs a text", error, StringComparison.Ordinal);
    }
}
