using System.Diagnostics;

namespace Assistant.Web.Tests.DirectLine;

/// <summary>The real client: botframework-directlinejs in Node (tests/directline-client/run.js) against the host on loopback.</summary>
public sealed class DirectLineNodeClientTests
{
    [Fact]
    public async Task DirectLineJs_WebSocketAndPolling_GetAnsweredWithCitation_AndTokensStayInTheirConversation()
    {
        var client = Path.Combine(WebHost.RepositoryRoot(), "tests", "directline-client");
        var node = FindOnPath("node") ?? throw new InvalidOperationException("node is not installed (needed for tests/directline-client); install Node.js 20+.");
        if (!Directory.Exists(Path.Combine(client, "node_modules")))
        {
            var npm = FindOnPath("npm") ?? throw new InvalidOperationException("npm is not installed; run `npm ci --prefix tests/directline-client` once.");
            var install = await RunAsync(npm, ["ci", "--prefix", client, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            Assert.True(install.ExitCode == 0, $"npm ci --prefix tests/directline-client failed:\n{install.Output}");
        }

        using var host = new WebHost();
        var run = await RunAsync(node, [Path.Combine(client, "run.js"), DirectLineClient.BaseAddress(host)], TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, $"run.js failed (exit {run.ExitCode}):\n{run.Output}");
        Assert.Contains("all 11 checks passed", run.Output);
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
