using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace Assistant.Web.Tests.Teams;

/// <summary>deploy/teams/package.sh builds the Teams app package with the bot id from configuration.</summary>
public sealed class TeamsPackageTests
{
    [Fact]
    public async Task Package_BotIdFromEnvironment_ZipHasManifestIconsAndLanguages()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.zip");
        try
        {
            var (code, output) = await Run(zip, "11111111-2222-3333-4444-555555555555");
            Assert.True(code == 0, output);
            using var archive = ZipFile.OpenRead(zip);
            Assert.Equal(["color.png", "en.json", "fr.json", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var manifest = await JsonDocument.ParseAsync(archive.GetEntry("manifest.json")!.Open());
            var bot = manifest.RootElement.GetProperty("bots")[0];
            Assert.Equal("11111111-2222-3333-4444-555555555555", bot.GetProperty("botId").GetString());
            Assert.Equal("1.19", manifest.RootElement.GetProperty("manifestVersion").GetString());
            Assert.Contains("groupChat", bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
            Assert.DoesNotContain("{{", manifest.RootElement.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Fact]
    public async Task Package_NoBotId_FailsWithAClearMessage()
    {
        var (code, output) = await Run(Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.zip"), "");
        Assert.NotEqual(0, code);
        Assert.Contains("set the bot's app id", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> Run(string zip, string botId)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "deploy", "teams", "package.sh")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var start = new ProcessStartInfo("bash", [Path.Combine(root.FullName, "deploy", "teams", "package.sh"), zip])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Assistant__Bot__MicrosoftAppId"] = botId;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
