using System.Net;
using Assistant.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Web.Tests.Probe;

/// <summary>Deployment: forwarded headers from known proxies only; a missing or empty knowledge folder is logged as an error with its path.</summary>
public sealed class DeploymentTests
{
    [Fact]
    public async Task ForwardedFor_FromAKnownProxy_IsTheClient_SoLoopbackRulesNoLongerApply()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Web:KnownProxies:0"] = "127.0.0.1" });
        using var client = host.CreateClient();

        using var direct = await client.GetAsync("/api/ask?q=hallo");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ask?q=hallo");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var forwarded = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forwarded.StatusCode);
    }

    [Fact]
    public async Task ForwardedFor_WithoutConfiguredProxies_IsIgnored()
    {
        using var host = new WebHost();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ask?q=hallo");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ForwardedFor_FromAKnownNetwork_GivesEachClientItsOwnRateLimit()
    {
        using var host = new WebHost(new Dictionary<string, string?>
        {
            ["Assistant:Web:KnownNetworks:0"] = "127.0.0.0/8",
            ["Assistant:Web:PermitsPerIpPerMinute"] = "2",
            ["Assistant:Staff:AccessKey"] = "k",
        });
        using var client = host.CreateClient();

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add(await StatusAsync(client, "198.51.100.1"));
        }

        var second = await StatusAsync(client, "198.51.100.2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], first);
        Assert.Equal(HttpStatusCode.OK, second);
    }

    [Fact]
    public void KnownProxies_ThatAreNotAddresses_FailAtStart()
    {
        var exception = Record.Exception(() => new WebHost(new Dictionary<string, string?> { ["Assistant:Web:KnownProxies:0"] = "proxy.local" }).Dispose());

        Assert.NotNull(exception);
        Assert.Contains("KnownProxies", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKnowledgeFolder_IsLoggedAsAnErrorWithThePath()
    {
        var logs = new CapturingLoggerProvider();
        var missing = Path.Combine(Path.GetTempPath(), "no-knowledge-" + Guid.NewGuid().ToString("N"));

        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Knowledge:Path"] = missing }, services => services.AddSingleton<ILoggerProvider>(logs));

        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains(missing, StringComparison.Ordinal) && l.Message.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyKnowledgeFolder_IsLoggedAsAnErrorWithThePath()
    {
        var logs = new CapturingLoggerProvider();
        var empty = Directory.CreateTempSubdirectory("empty-knowledge-").FullName;
        try
        {
            using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Knowledge:Path"] = empty }, services => services.AddSingleton<ILoggerProvider>(logs));

            // The knowledge loads in the background after the host starts: wait (bounded) until the load has been judged.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!logs.Lines.Any(IsEmptyError) && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(50);
            }

            Assert.Contains(logs.Lines, l => IsEmptyError(l) && l.Message.Contains(empty, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void TheRepositoryKnowledge_LogsNoKnowledgeError()
    {
        var logs = new CapturingLoggerProvider();

        using var host = new WebHost(services: services => services.AddSingleton<ILoggerProvider>(logs));

        Assert.DoesNotContain(logs.Lines, l => l.Level == LogLevel.Error && l.Category.EndsWith("KnowledgeStarter", StringComparison.Ordinal));
    }

    private static bool IsEmptyError(CapturingLoggerProvider.LogLine line) =>
        line.Level == LogLevel.Error && line.Message.Contains("holds no vacancy", StringComparison.Ordinal);

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ask?q=hallo");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Access-Key", "k");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
