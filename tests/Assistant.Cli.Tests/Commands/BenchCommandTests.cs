namespace Assistant.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task BenchIngest_SmallCount_PrintsThroughputSizeMemoryAndLatencies()
    {
        var (code, output, _) = await CliTestKnowledge.RunAsync("bench", "ingest", "--count", "20", "--queries", "50", "--seed", "5");

        Assert.Equal(0, code);
        foreach (var expected in new[] { "vacancies:       20", "documents/s:", "total:", "passages:", "index size:", "MB)", "peak memory:", "GC:", "p50", "p95", "p99", "max" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bench_UnknownSuite_ExitsWithTwo()
    {
        var (code, _, error) = await CliTestKnowledge.RunAsync("bench", "nothing");

        Assert.Equal(2, code);
        Assert.Contains("unknown bench suite", error, StringComparison.Ordinal);
    }
}
