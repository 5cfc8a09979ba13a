using Assistant.Web.Tests.DirectLine;
using Assistant.Web.Tests.Support;

namespace Assistant.Web.Tests.Staff;

/// <summary>
/// The staff page in a real browser: headless Debian Chromium driven by playwright-core (tests/webchat-browser/staff.js)
/// at 1366x768, keyboard only, against the host on loopback. The screenshots land in TestResults/staff/ at the repository root.
/// </summary>
public sealed class StaffBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task StaffPage_InHeadlessChromium_KeyboardOnly_FactsWithQuotesInView_AxeClean()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (`apt-get install -y chromium`, see scripts/setup.sh).");
        var root = WebHost.RepositoryRoot();
        var runner = Path.Combine(root, "tests", "webchat-browser");
        var node = ExternalProcess.FindOnPath("node") ?? throw new InvalidOperationException("node is not installed (needed for tests/webchat-browser); install Node.js 20+.");
        if (!Directory.Exists(Path.Combine(runner, "node_modules")))
        {
            var npm = ExternalProcess.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not installed; run `npm ci --prefix tests/webchat-browser` once.");
            var install = await ExternalProcess.RunAsync(npm, ["ci", "--prefix", runner, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            Assert.True(install.ExitCode == 0, $"npm ci --prefix tests/webchat-browser failed:\n{install.Output}");
        }

        var screenshot = Path.Combine(root, "TestResults", "staff", "staff.png");
        using var host = new WebHost();
        var run = await ExternalProcess.RunAsync(node, [Path.Combine(runner, "staff.js"), DirectLineClient.BaseAddress(host), screenshot], TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, $"staff.js failed (exit {run.ExitCode}):\n{run.Output}");
        Assert.Contains("checks passed", run.Output);
        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");
    }
}
