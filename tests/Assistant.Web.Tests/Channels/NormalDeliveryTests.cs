using System.Net;
using System.Text.Json;
using Assistant.BotFramework.Connector;
using Assistant.BotFramework.Tests.Connector;
using Assistant.Core.Conversations;
using Assistant.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Channels;

/// <summary>Normal delivery: replies go to the connector at the activity's serviceUrl (a loopback connector here).</summary>
public sealed class NormalDeliveryTests
{
    private const string Question = "Tot wanneer kan ik solliciteren in Harelbeke?";

    [Fact]
    public async Task Message_WithoutExpectReplies_IsEmpty200AndTheAnswerIsPostedAsReplyToTheActivity()
    {
        using var connector = new ConnectorServer();
        using var host = new WebHost();
        var conversation = Activities.NewConversation();

        using var response = await host.PostActivityAsync(Activities.Json(Message(conversation, "m-1", Question, connector.BaseUrl + "/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var sent = Assert.Single(connector.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal($"/v3/conversations/{conversation}/activities/m-1", sent.RawUrl);
        Assert.Null(sent.Authorization);
        var reply = JsonDocument.Parse(sent.Body).RootElement;
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Equal("m-1", reply.GetProperty("replyToId").GetString());
        Assert.Contains("14 december 2025", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://schema.org/Message", reply.GetProperty("entities")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task ServiceUrlWithPathPrefix_KeepsThePrefix_AndChannelThreadIdsAreEscaped()
    {
        using var connector = new ConnectorServer();
        using var host = new WebHost();
        var thread = "19:abc@thread.tacv2;messageid=1700000000000";
        var activity = new
        {
            type = "message", id = "1700000000001", channelId = "msteams", serviceUrl = connector.BaseUrl + "/emea/",
            from = new { id = "29:user", aadObjectId = "aad-user-1" }, recipient = new { id = "28:bot", name = "Vacaturebot" },
            conversation = new { id = thread, conversationType = "channel", isGroup = true, tenantId = "tenant-1" },
            channelData = new { tenant = new { id = "tenant-1" }, team = new { id = "19:team@thread.tacv2" } },
            text = "<at>Vacaturebot</at> " + Question,
            entities = new[] { new { type = "mention", mentioned = new { id = "28:bot", name = "Vacaturebot" }, text = "<at>Vacaturebot</at>" } },
        };

        using var response = await host.PostActivityAsync(Activities.Json(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The answer, then its 👍/👎 row as a message of its own, both to the same escaped thread.
        Assert.Equal(2, connector.Requests.Count);
        var sent = connector.Requests.First();
        Assert.All(connector.Requests, r => Assert.Equal($"/emea/v3/conversations/{Uri.EscapeDataString(thread)}/activities/1700000000001", r.RawUrl));
        Assert.Contains("14 december 2025", JsonDocument.Parse(sent.Body).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectorDown_Is502Problem_AndTheNextTurnWorks()
    {
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Connector:MaxRetries"] = "0" });
        var conversation = Activities.NewConversation();

        using var failed = await host.PostActivityAsync(Activities.Json(Message(conversation, "m-1", Question, $"http://127.0.0.1:{closedPort}/")));
        var problem = await failed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
        var next = await host.RepliesAsync(Activities.Message(conversation, "en het salaris?"));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(next).GetProperty("text").GetString()));
    }

    [Fact]
    public async Task ConnectorRefusesTheReply_Is502()
    {
        using var connector = new ConnectorServer();
        connector.Enqueue(403, """{"error":{"code":"BotNotInConversationRoster","message":"no"}}""");
        using var host = new WebHost();

        using var response = await host.PostActivityAsync(Activities.Json(Message(Activities.NewConversation(), "m-1", Question, connector.BaseUrl + "/")));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task MissingServiceUrl_Is400_UnlessExpectReplies()
    {
        using var host = new WebHost();
        var activity = new { type = "message", id = "m-1", channelId = "webchat", from = new { id = "u" }, recipient = new { id = "b" }, conversation = new { id = Activities.NewConversation() }, text = "hallo" };

        using var response = await host.PostActivityAsync(Activities.Json(activity));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowTurn_SendsATypingIndicatorBeforeTheReply()
    {
        using var connector = new ConnectorServer();
        using var host = new WebHost(
            new Dictionary<string, string?> { ["Assistant:Web:TypingAfterMilliseconds"] = "100" },
            services =>
            {
                services.AddSingleton(TimeProvider.System);
                services.AddSingleton<IConversationStore>(new SlowConversationStore(TimeSpan.FromMilliseconds(3000)));
            });

        using var response = await host.PostActivityAsync(Activities.Json(Message(Activities.NewConversation(), "m-1", Question, connector.BaseUrl + "/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var types = connector.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("type").GetString()).ToList();
        // A turn that outlasts the typing interval (3 s) on a busy machine repeats the indicator: any number of them, then the reply.
        Assert.Equal("message", types[^1]);
        Assert.NotEmpty(types[..^1]);
        Assert.All(types[..^1], t => Assert.Equal("typing", t));
    }

    [Fact]
    public async Task FastTurn_SendsNoTypingIndicator()
    {
        using var connector = new ConnectorServer();
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Web:TypingAfterMilliseconds"] = "30000" }, services => services.AddSingleton(TimeProvider.System));

        using var response = await host.PostActivityAsync(Activities.Json(Message(Activities.NewConversation(), "m-1", Question, connector.BaseUrl + "/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("message", JsonDocument.Parse(Assert.Single(connector.Requests).Body).RootElement.GetProperty("type").GetString());
    }

    private static object Message(string conversation, string id, string text, string serviceUrl) => new
    {
        type = "message",
        id,
        channelId = "webchat",
        serviceUrl,
        from = new { id = "user-1" },
        recipient = new { id = "bot-1" },
        conversation = new { id = conversation },
        locale = "nl-BE",
        text,
    };
}
