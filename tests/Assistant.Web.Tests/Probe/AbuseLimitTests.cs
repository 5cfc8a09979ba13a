using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Web.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Web.Tests.Probe;

/// <summary>Probe finding 5: Direct Line polling is limited; anonymous token minting has its own budget; idle conversations are evicted at the cap.</summary>
public sealed class AbuseLimitTests
{
    private const string Secret = "direct-line-secret-for-tests";

    [Fact]
    public async Task Polling_IsLimitedPerConversation_With429AndRetryAfter()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Web:PollsPerConversationPerMinute"] = "5" });
        var client = new DirectLineClient(host);
        var (conversationId, token, _) = await client.StartAsync();
        var (otherId, otherToken, _) = await client.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await client.PollAsync(conversationId, token);
        }

        using var limited = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=", token);
        using var other = await client.SendAsync(HttpMethod.Get, $"/conversations/{otherId}/activities?watermark=", otherToken);

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AnonymousTokens_HaveTheirOwnBudgetPerIp()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Web:AnonymousTokensPerIpPerMinute"] = "2" });
        using var client = host.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            using var ok = await client.PostAsJsonAsync("/api/webchat/token", new { });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await client.PostAsJsonAsync("/api/webchat/token", new { });
        using var ask = await client.GetAsync("/api/ask?q=hallo");

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
    }

    [Fact]
    public async Task AnonymousTokens_CannotExhaustTheCap_TheSecretHolderStillGetsOne()
    {
        using var host = new WebHost(new Dictionary<string, string?>
        {
            ["Assistant:DirectLine:Secret"] = Secret,
            ["Assistant:DirectLine:MaxConversations"] = "10",
            ["Assistant:DirectLine:ReservedForSecretConversations"] = "3",
        });
        using var client = host.CreateClient();

        var minted = 0;
        for (var i = 0; i < 12; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/webchat/token", new { });
            if (response.StatusCode == HttpStatusCode.OK)
            {
                minted++;
            }
            else
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            }
        }

        var directLine = new DirectLineClient(host);
        var secretHolder = await directLine.GenerateAsync(Secret);

        Assert.Equal(7, minted);
        Assert.False(string.IsNullOrEmpty(secretHolder.GetProperty("token").GetString()));
    }

    [Fact]
    public async Task AtTheCap_TheConversationIdleLongestIsEvicted_AnActiveOneIsKept()
    {
        var clock = new FakeTimeProvider(WebHost.Now);
        using var host = new WebHost(
            new Dictionary<string, string?>
            {
                ["Assistant:DirectLine:MaxConversations"] = "2",
                ["Assistant:DirectLine:ReservedForSecretConversations"] = "0",
                ["Assistant:DirectLine:IdleConversationMinutes"] = "15",
            },
            services => services.AddSingleton<TimeProvider>(clock));
        using var client = host.CreateClient();
        var directLine = new DirectLineClient(host);

        var idle = await MintAsync(client);
        clock.Advance(TimeSpan.FromMinutes(1));
        var active = await MintAsync(client);
        using var full = await client.PostAsJsonAsync("/api/webchat/token", new { });
        clock.Advance(TimeSpan.FromMinutes(10));
        using var posted = await directLine.SendAsync(HttpMethod.Post, $"/conversations/{active.Id}/activities", active.Token, DirectLineClient.Message("hallo", "c-1"));
        clock.Advance(TimeSpan.FromMinutes(10));

        var fresh = await MintAsync(client);
        using var idlePoll = await directLine.SendAsync(HttpMethod.Get, $"/conversations/{idle.Id}/activities", idle.Token);
        using var activePoll = await directLine.SendAsync(HttpMethod.Get, $"/conversations/{active.Id}/activities", active.Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.NotEqual(idle.Id, fresh.Id);
        Assert.Equal(HttpStatusCode.NotFound, idlePoll.StatusCode);
        Assert.Equal(HttpStatusCode.OK, activePoll.StatusCode);
    }

    private static async Task<(string Id, string Token)> MintAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/webchat/token", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }
}
