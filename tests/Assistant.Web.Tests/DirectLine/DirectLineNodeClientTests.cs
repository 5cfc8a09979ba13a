using Assistant.Web.Tests.Support;
using System.Diagnostics;

namespace Assistant.Web.Tests.DirectLine;

/// <summary>The real client: botframework-directlinejs in Node (tests/directline-client/run.js) against the host on loopback.</summary>
public sealed class DirectLineNodeClientTests
{
    [Fact]
    public async Task DirectLineJs_WebSocketAndPolling_GetAnsweredWithCitation_AndTokensStayInTheirConversation()
    {
        var client = Path.Combine(WebHost.RepositoryRoot(), "tests", "directline-client");
        var node = ExternalProcess.FindOnPath("node") ?? throw new InvalidOperationException("node is not installed (needed for tests/directline-client); install Node.js 20+.");
        if (!Directory.Exists(Path.Combine(client, "node_modules")))
        {
            var npm = ExternalProcess.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not installed; run `npm ci --prefix tests/directline-client` once.");
            var install = await ExternalProcess.RunAsync(npm, ["ci", "--prefix", client, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            Assert.True(install.ExitCode == 0, $"npm ci --prefix tests/directline-client failed:\n{install.Output}");
        }

        using var host = new WebHost();
        var run = await ExternalProcess.RunAsync(node, [Path.Combine(client, "run.js"), DirectLineClient.BaseAddress(host)], TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, $"run.js failed (exit {run.ExitCode}):\n{run.Output}");
        Assert.Contains("all 11 checks passed", run.Output);
    }
}
