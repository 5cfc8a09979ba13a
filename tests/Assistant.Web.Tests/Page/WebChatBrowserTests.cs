using Assistant.Web.Tests.Support;
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
        var node = ExternalProcess.FindOnPath("node") ?? throw new InvalidOperationException("node is not installed (needed for tests/webchat-browser); install Node.js 20+.");
        if (!Directory.Exists(Path.Combine(runner, "node_modules")))
        {
            var npm = ExternalProcess.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not installed; run `npm ci --prefix tests/webchat-browser` once.");
            var install = await ExternalProcess.RunAsync(npm, ["ci", "--prefix", runner, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            Assert.True(install.ExitCode == 0, $"npm ci --prefix tests/webchat-browser failed:\n{install.Output}");
        }

        var screenshot = Path.Combine(root, "TestResults", "webchat", "webchat.png");
        using var host = new WebHost();
        var run = await ExternalProcess.RunAsync(node, [Path.Combine(runner, "run.js"), DirectLineClient.BaseAddress(host), screenshot], TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, $"run.js failed (exit {run.ExitCode}):\n{run.Output}");
        Assert.Contains("checks passed", run.Output);
        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");
    }
}
