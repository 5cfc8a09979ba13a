namespace Assistant.Cli.Tests.Commands;

/// <summary><c>assistant nlu --calibrate</c>: the share below each threshold and the accuracy on both sides.</summary>
public sealed class NluCalibrateTests
{
    [Fact]
    public async Task Calibrate_AnUnsureWrongReadingAndASureRightOne_AreSplitByTheThreshold()
    {
        var table = Path.Combine(Directory.CreateTempSubdirectory("calibrate-").FullName, "t.tsv");
        await File.WriteAllLinesAsync(table, ["Hoe zit het met de centjes voor de job in Kortrijk?\tnl\tsalary", "Wat is het loon in Kortrijk?\tnl\tsalary"]);
        try
        {
            var (code, text, error) = await CliTestKnowledge.RunAsync("nlu", "--calibrate", table, "--knowledge", CliTestKnowledge.SeedPath());

            Assert.Equal(0, code);
            Assert.Contains("2 questions, intent accuracy 50.0 %", text, StringComparison.Ordinal);
            Assert.Contains("below 0.3: 50.0 % of questions (1), accuracy 0.0 %; above: accuracy 100.0 %  <- threshold", text, StringComparison.Ordinal);
            Assert.True(error.Length == 0 || !error.Contains("error", StringComparison.Ordinal), error);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(table)!, recursive: true);
        }
    }
}
