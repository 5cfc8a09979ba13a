using System.Net;

namespace Assistant.Web.Tests;

/// <summary>Authentication and rate limits, each on a host configured for it.</summary>
public sealed class ProtectionTests
{
    [Fact]
    public async Task Post_AppIdConfiguredAndNoAuthorization_Is401()
    {
        using var host = new WebHost(new Dictionary<string, string?>
        {
            ["Assistant:Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["Assistant:Bot:MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
            ["Assistant:Bot:MicrosoftAppPassword"] = "test-secret",
        });

        using var response = await host.PostActivityAsync(Activities.Json(Activities.Message(Activities.NewConversation(), "hallo")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AppIdConfiguredAndGarbageToken_Is401()
    {
        using var host = new WebHost(new Dictionary<string, string?>
        {
            ["Assistant:Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["Assistant:Bot:MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
            ["Assistant:Bot:MicrosoftAppPassword"] = "test-secret",
        });

        using var response = await host.PostActivityAsync(Activities.Json(Activities.Message(Activities.NewConversation(), "hallo")), "Bearer not-a-jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TooManyInOneConversation_Is429WithRetryAfter()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Web:PermitsPerConversationPerMinute"] = "2" });
        var conversation = Activities.NewConversation();
        var other = Activities.NewConversation();

        for (var i = 0; i < 2; i++)
        {
            using var ok = await host.PostActivityAsync(Activities.Json(Activities.Message(conversation, "hallo")));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await host.PostActivityAsync(Activities.Json(Activities.Message(conversation, "hallo")));
        using var otherConversation = await host.PostActivityAsync(Activities.Json(Activities.Message(other, "hallo")));

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, otherConversation.StatusCode);
    }

    [Fact]
    public async Task Api_TooManyFromOneIp_Is429WithRetryAfter()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Web:PermitsPerIpPerMinute"] = "3" });
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync("/api/ask?q=hallo");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await client.GetAsync("/api/ask?q=hallo");
        using var health = await client.GetAsync("/healthz");

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
