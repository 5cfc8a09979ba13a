using Assistant.Knowledge.Base;
using System.Text.Json;

namespace Assistant.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _knowledge = CliTestKnowledge.CopyToTemp();
    private readonly string _indexDir = Path.Combine(Path.GetTempPath(), "cli-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var dir in new[] { _knowledge, _indexDir })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Ingest_SeedFolder_PrintsSummaryAndExitsZero()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("ingest", "--knowledge", _knowledge);

        Assert.Equal(0, code);
        Assert.Contains("vacancies loaded: 5", output, StringComparison.Ordinal);
        Assert.Contains("documents:        5", output, StringComparison.Ordinal);
        Assert.Contains("passages:", output, StringComparison.Ordinal);
        Assert.Contains("index size:", output, StringComparison.Ordinal);
        Assert.Contains("load errors:      0", output, StringComparison.Ordinal);
        Assert.Contains($"loaded {CliTestKnowledge.Harelbeke}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_BrokenDocument_ReportsItsFileAndLoadsTheOthers()
    {
        var broken = Path.Combine(_knowledge, "vacancies", "kapot-document");
        Directory.CreateDirectory(broken);
        await File.WriteAllBytesAsync(Path.Combine(broken, "vacancy.pdf"), [0x00, 0x13, 0x37, 0xFF, 0xFE, 0x00, 0x42, 0x99, 0x01]);
        await File.WriteAllBytesAsync(Path.Combine(broken, "bijlage.txt"), [0x50, 0x00, 0x00, 0x51]);

        var (code, output, _) = await CliTestKnowledge.RunAsync("ingest", "--knowledge", _knowledge);

        Assert.Equal(1, code);
        Assert.Contains("vacancies loaded: 5", output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("vacancies", "kapot-document", "bijlage.txt"), output, StringComparison.Ordinal);
        if (KnowledgeDefaults.Loaders().CanLoad("vacancy.pdf"))
        {
            Assert.Contains(Path.Combine("vacancies", "kapot-document", "vacancy.pdf"), output, StringComparison.Ordinal);
        }

        Assert.Matches(@"load errors:\s+[1-9]", output);
    }

    [Fact]
    public async Task Ingest_IndexDir_WritesAnIndexThatSearchCanOpen()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("ingest", "--knowledge", _knowledge, "--index-dir", _indexDir);

        Assert.Equal(0, code);
        Assert.Contains("written to", output, StringComparison.Ordinal);
        var (searchCode, json, _) = await CliTestKnowledge.RunAsync("search", "wervingsreserve", "--index-dir", _indexDir, "--json");
        Assert.Equal(0, searchCode);
        Assert.NotEmpty(JsonDocument.Parse(json).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Ingest_MissingFolder_ExitsWithTwo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("ingest", "--knowledge", Path.Combine(_knowledge, "bestaat-niet"));

        Assert.Equal(2, code);
        Assert.Contains("knowledge folder not found", error, StringComparison.Ordinal);
    }
}
