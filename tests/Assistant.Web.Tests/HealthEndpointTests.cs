using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests;

public sealed class HealthEndpointTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Healthz_Always_IsOk()
    {
        using var client = fixture.Host.CreateClient();

        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task Readyz_KnowledgeAndStoreUsable_Is200()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_StorePathBroken_Is503WithReason()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "assistant-web-tests", "blocker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        try
        {
            using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Storage:DataPath"] = Path.Combine(blocker, "data") });
            using var client = host.CreateClient();

            using var response = await client.GetAsync("/readyz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("not-ready", body.GetProperty("status").GetString());
            Assert.Contains("store", body.GetProperty("reason").GetString());
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task Readyz_KnowledgeFolderMissing_Is503()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Knowledge:Path"] = Path.Combine(Path.GetTempPath(), "no-such-knowledge-" + Guid.NewGuid().ToString("N")) });
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
