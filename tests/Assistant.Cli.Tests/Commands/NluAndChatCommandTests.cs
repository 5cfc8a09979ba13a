namespace Assistant.Cli.Tests.Commands;

public sealed class NluAndChatCommandTests
{
    [Fact]
    public async Task Nlu_CheckedInTable_PrintsAccuraciesAndPasses()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("nlu", "--knowledge", CliTestKnowledge.SeedPath());
        Assert.Equal(0, code);
        Assert.Contains("intent accuracy:", output, StringComparison.Ordinal);
        Assert.Contains("language accuracy: 100.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nlu_WrongLabels_ReportsMissesAndExitsOne()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "# text\tlanguage\tintent\nTot wanneer kan ik solliciteren in Harelbeke?\tnl\tsalary\nWat is het loon in Kortrijk?\tnl\tsalary\n");
            var (code, output, _) = await CliTestKnowledge.RunAsync("nlu", file, "--knowledge", CliTestKnowledge.SeedPath());
            Assert.Equal(1, code);
            Assert.Contains("salary -> deadline: 1", output, StringComparison.Ordinal);
            Assert.Contains("intent accuracy:   50.0 % (1/2)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Chat_BadLanguage_ExitsTwo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("chat", "--lang", "de", "--knowledge", CliTestKnowledge.SeedPath());
        Assert.Equal(2, code);
        Assert.Contains("--lang must be nl, en or fr", error, StringComparison.Ordinal);
    }
}
