using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Assistant.Web.Tests.DirectLine;
using Assistant.Web.Tests.Support;

namespace Assistant.Web.Tests.Load;

/// <summary>
/// The load benchmark's client (tests/load/LoadClient, built through a ProjectReference without its assembly) for one
/// second against the host on Kestrel: it must get answers in both modes and print a line that parses. Not timed.
/// </summary>
public sealed partial class LoadClientSmokeTests
{
    [Theory]
    [InlineData("messages")]
    [InlineData("directline")]
    [InlineData("messages", "--rate", "40")]
    [InlineData("directline", "--rate", "40")]
    [InlineData("directline", "--transport", "polling")]
    public async Task LoadClient_GetsAnswers_AndPrintsItsLine(string mode, params string[] extra)
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:DirectLine:Secret"] = secret });

        var run = await RunAsync(
            ["--url", DirectLineClient.BaseAddress(host), "--mode", mode, "--secret", secret, "--conversations", "5", "--seconds", "1", "--warmup", "0", "--label", "smoke " + mode, .. extra]);

        Assert.True(run.ExitCode == 0, $"LoadClient failed (exit {run.ExitCode}):\n{run.Output}");
        var match = ResultLine().Match(run.Output);
        Assert.True(match.Success, $"no result line in:\n{run.Output}");
        Assert.Equal("smoke " + mode, match.Groups["label"].Value);
        Assert.True(int.Parse(match.Groups["requests"].Value, CultureInfo.InvariantCulture) > 0, run.Output);
        Assert.Equal("0", match.Groups["errors"].Value);
        var p50 = double.Parse(match.Groups["p50"].Value, CultureInfo.InvariantCulture);
        var p99 = double.Parse(match.Groups["p99"].Value, CultureInfo.InvariantCulture);
        Assert.True(p50 > 0 && p50 <= p99, run.Output);
    }

    [Fact]
    public async Task LoadClient_RefusesANonLoopbackUrl()
    {
        var run = await RunAsync(["--url", "http://192.0.2.1:80", "--seconds", "1"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("loopback", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadClient_CountsErrors_AndExitsWithOne()
    {
        // Direct Line with a wrong secret: the conversations cannot even start.
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:DirectLine:Secret"] = "the-right-secret" });

        var run = await RunAsync(["--url", DirectLineClient.BaseAddress(host), "--mode", "directline", "--secret", "wrong", "--conversations", "2", "--seconds", "1", "--warmup", "0"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("403", run.Output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)
            ? hostPath
            : ExternalProcess.FindOnPath("dotnet") ?? throw new InvalidOperationException("dotnet is not on the PATH");
        return ExternalProcess.RunAsync(dotnet, [ClientPath(), .. arguments], TimeSpan.FromMinutes(1));
    }

    /// <summary>LoadClient.dll of the configuration this test assembly was built in (the ProjectReference builds it).</summary>
    private static string ClientPath()
    {
        var configuration = typeof(LoadClientSmokeTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(WebHost.RepositoryRoot(), "tests", "load", "LoadClient", "bin", configuration, "net10.0", "LoadClient.dll");
        Assert.True(File.Exists(path), $"{path} is missing: build tests/load/LoadClient (the test project references it).");
        return path;
    }

    [GeneratedRegex(@"^(?<label>[^\n:]+): (?<requests>\d+) requests in [\d.]+ s = \d+ req/s; p50 (?<p50>[\d.]+) ms, p90 [\d.]+ ms, p99 (?<p99>[\d.]+) ms, max [\d.]+ ms; errors (?<errors>\d+)$", RegexOptions.Multiline)]
    private static partial Regex ResultLine();
}
