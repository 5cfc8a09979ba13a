using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Knowledge.Base;
using Assistant.Web.Health;
using Assistant.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests;

/// <summary>
/// The host answers before its knowledge is loaded: a real Kestrel host whose background load is held by a closed
/// <see cref="KnowledgeLoadGate"/> (no timing involved), then released.
/// </summary>
public sealed class HostStartTests
{
    [Fact]
    public async Task KnowledgeNotLoadedYet_HealthzOk_ReadyzAndChannels503WithRetryAfter_ThenReady()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = new WebHost(services: s => s.AddSingleton(new KnowledgeLoadGate(open.Task)), waitForKnowledge: false);
        using var client = host.CreateClient();
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();

        Assert.Null(knowledge.CurrentOrNull);
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        using (var ready = await client.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("not-ready", body.GetProperty("status").GetString());
            Assert.Contains("loading", body.GetProperty("reason").GetString());
        }

        using (var message = await host.PostActivityAsync(Activities.Json(Activities.Message(Activities.NewConversation(), "Tot wanneer kan ik solliciteren?"))))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, message.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(ReadinessGate.RetryAfterSeconds), message.Headers.RetryAfter?.Delta);
        }

        using (var directLine = await client.PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = "dl_test-user" } }))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, directLine.StatusCode);
            Assert.NotNull(directLine.Headers.RetryAfter);
        }

        using (var conversations = await client.PostAsync("/v3/directline/conversations", null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, conversations.StatusCode);
        }

        open.SetResult();
        await knowledge.FirstLoad.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.NotNull(knowledge.CurrentOrNull);
        using (var ready = await client.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        var replies = await host.RepliesAsync(Activities.Message(Activities.NewConversation(), "Tot wanneer kan ik solliciteren in Harelbeke?"));
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task SecondStart_ReadsTheKnowledgeCache_SameAnswers()
    {
        var cache = Path.Combine(Path.GetTempPath(), "assistant-web-tests", "cache-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Assistant:Knowledge:CachePath"] = cache };
        try
        {
            string first;
            using (var host = new WebHost(settings))
            {
                first = await AnswerTextAsync(host);
            }

            Assert.NotEmpty(Directory.EnumerateFiles(cache, "*.json", SearchOption.AllDirectories));
            using (var host = new WebHost(settings))
            {
                Assert.Equal(cache, host.Services.GetRequiredService<KnowledgeBase>().CacheFolder);
                Assert.Equal(first, await AnswerTextAsync(host));
            }
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    private static async Task<string> AnswerTextAsync(WebHost host)
    {
        var replies = await host.RepliesAsync(Activities.Message(Activities.NewConversation(), "Tot wanneer kan ik solliciteren in Harelbeke?"));
        return string.Join("\n", replies.Select(r => r.TryGetProperty("text", out var t) ? t.GetString() : ""));
    }
}
