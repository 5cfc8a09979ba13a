using System.Diagnostics;
using Assistant.Web.Tests.DirectLine;

namespace Assistant.Web.Tests.Page;

/// <summary>
/// The page in a real browser: headless Debian Chromium driven by playwright-core (tests/webchat-browser/run.js) against
/// the host on loopback. The screenshots land in TestResults/webchat/ at the repository root.
/// </summary>
public sealed class WebChatBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task WebChat_InHeadlessChromium_AnswersWithCitation_SuggestedActionWorks_KeyboardAndAxeClean()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (`apt-get install -y chromium`, see scripts/setup.sh).");
        var root = WebHost.RepositoryRoot();
        var runner = Path.Combine(root, "tests", "webchat-browser");
        Assert.True(File.Exists(Path.Combine(root, "src", "Assistant.Web", "wwwroot", "lib", "webchat.js")), "wwwroot/lib/webchat.js is missing: build src/Assistant.Web with npm available.");
        var node = FindOnPath("node") ?? throw new InvalidOperationException("node is not installed (needed for tests/webchat-browser); install Node.js 20+.");
        if (!Directory.Exists(Path.Combine(runner, "node_modules")))
        {
            var npm = FindOnPath("npm") ?? throw new InvalidOperationException("npm is not installed; run `npm ci --prefix tests/webchat-browser` once.");
            var install = await RunAsync(npm, ["ci", "--prefix", runner, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            Assert.True(install.ExitCode == 0, $"npm ci --prefix tests/webchat-browser failed:\n{install.Output}");
        }

        var screenshot = Path.Combine(root, "TestResults", "webchat", "webchat.png");
        using var host = new WebHost();
        var run = await RunAsync(node, [Path.Combine(runner, "run.js"), DirectLineClient.BaseAddress(host), screenshot], TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, $"run.js failed (exit {run.ExitCode}):\n{run.Output}");
        Assert.Contains("checks passed", run.Output);
        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, name), Path.Combine(dir, name + ".cmd"), Path.Combine(dir, name + ".exe") })
            .FirstOrDefault(File.Exists);

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
