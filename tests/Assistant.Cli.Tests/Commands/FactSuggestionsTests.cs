namespace Assistant.Cli.Tests.Commands;

/// <summary><c>assistant facts --suggest ID</c>: needs a model, prints proposals for review only, drops what it cannot check.</summary>
public sealed class FactSuggestionsTests
{
    [Fact]
    public async Task Suggest_WithoutAModel_IsRefusedWithWhatToConfigure()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("facts", "--suggest", "kamer-assistent-sociale-media", "--knowledge", CliTestKnowledge.SeedPath());

        Assert.Equal(2, code);
        Assert.Contains("Model:Provider", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_AModelThatInventsItsQuotes_ProposesNothing_AndWritesNothing()
    {
        var folder = CliTestKnowledge.CopyToTemp();
        try
        {
            var before = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            foreach (var id in Directory.GetDirectories(Path.Combine(folder, "vacancies")).Select(Path.GetFileName))
            {
                var (code, text, error) = await CliTestKnowledge.RunAsync("facts", "--suggest", id!, "--model", "fake:nonsense", "--knowledge", folder, "--no-cache");

                Assert.Equal(0, code);
                Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("#", line, StringComparison.Ordinal));
                Assert.DoesNotContain("9999", text, StringComparison.Ordinal);
                Assert.True(error.Length == 0 || error.Contains("dropped:", StringComparison.Ordinal), error);
            }

            Assert.Equal(before, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
