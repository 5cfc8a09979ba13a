using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Assistant.BotFramework.Tests.Connector;
using Assistant.Web.Http;
using Assistant.Web.Tests.DirectLine;
using Assistant.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Web.Tests.Probe;

/// <summary>Regression tests of probe findings 3 (5xx on hostile input), 4 (log forging) and 7 (unauthenticated delivery anywhere).</summary>
public sealed class HostileInputTests : IClassFixture<WebHostFixture>
{
    private readonly WebHost _host;

    public HostileInputTests(WebHostFixture fixture) => _host = fixture.Host;

    public static TheoryData<string, string> MalformedActivities => new()
    {
        { "timestamp not a date", """{"type":"message","timestamp":"not-a-date","text":"hallo"}""" },
        { "timestamp out of range", """{"type":"message","timestamp":"2025-13-45T99:00:00Z","text":"hallo"}""" },
        { "timestamp a number", """{"type":"message","timestamp":12,"text":"hallo"}""" },
        { "lone surrogate in channelData.vacancyId", """{"type":"message","channelData":{"vacancyId":"\ud800"},"text":"hallo"}""" },
        { "lone low surrogate in text", """{"type":"message","text":"a\udc00b"}""" },
        { "control character in the sender's id", """{"type":"message","from":{"id":"u\nINFO forged"},"text":"hallo"}""" },
    };

    [Theory]
    [MemberData(nameof(MalformedActivities))]
    public async Task ApiMessages_MalformedActivity_Is400(string what, string json)
    {
        using var response = await _host.PostActivityAsync(WithAddress(json, Activities.NewConversation()));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.DoesNotContain(" at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedActivities))]
    public async Task DirectLine_MalformedActivity_Is400(string what, string json)
    {
        var client = new DirectLineClient(_host);
        var (conversationId, token, _) = await client.StartAsync();

        using var response = await PostRawAsync($"/v3/directline/conversations/{conversationId}/activities", json, token);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task NullEntities_AreDropped_AndTheMessageIsAnswered()
    {
        var json = """{"type":"message","entities":[null,{"type":"mention","mentioned":null,"text":null}],"text":"Tot wanneer kan ik solliciteren in Harelbeke?"}""";

        using var messages = await _host.PostActivityAsync(WithAddress(json, Activities.NewConversation()));
        var client = new DirectLineClient(_host);
        var (conversationId, token, _) = await client.StartAsync();
        using var directLine = await PostRawAsync($"/v3/directline/conversations/{conversationId}/activities", json, token);

        Assert.Equal(HttpStatusCode.OK, messages.StatusCode);
        Assert.Contains("14 december 2025", await messages.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, directLine.StatusCode);
    }

    [Fact]
    public async Task BotMention_IsStillRemoved()
    {
        var json = """{"type":"message","entities":[{"type":"mention","mentioned":{"id":"bot-1"},"text":"<at>Vacaturebot</at>"}],"text":"<at>Vacaturebot</at> Tot wanneer kan ik solliciteren in Harelbeke?"}""";

        using var response = await _host.PostActivityAsync(WithAddress(json, Activities.NewConversation()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("14 december 2025", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775806")]
    [InlineData("4611686018427387904")]
    public async Task Poll_HugeWatermark_IsAnEmptyPage(string watermark)
    {
        var client = new DirectLineClient(_host);
        var (conversationId, token, _) = await client.StartAsync();

        var page = await client.PollAsync(conversationId, token, watermark);

        Assert.Empty(page.GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task Stream_HugeWatermark_HandshakeSucceeds_AndNewActivitiesArrive()
    {
        var client = new DirectLineClient(_host);
        var (conversationId, token, _) = await client.StartAsync();
        using var socket = new ClientWebSocket();
        var url = DirectLineClient.BaseAddress(_host).Replace("http", "ws", StringComparison.Ordinal)
            + $"/v3/directline/conversations/{conversationId}/stream?watermark=9223372036854775807&t={token}";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await socket.ConnectAsync(new Uri(url), timeout.Token);

        using var posted = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, DirectLineClient.Message("hallo", "c-1"));
        var buffer = new byte[64 * 1024];
        var frame = await socket.ReceiveAsync(buffer, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(WebSocketMessageType.Text, frame.MessageType);
        Assert.NotEmpty(JsonDocument.Parse(buffer.AsMemory(0, frame.Count)).RootElement.GetProperty("activities").EnumerateArray());
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [Fact]
    public async Task UnauthenticatedNormalDelivery_ToARemoteServiceUrl_Is403AndNothingIsSent()
    {
        var conversation = Activities.NewConversation();
        var activity = Activities.Json(Activities.Message(conversation, "hallo", deliveryMode: null)).Replace("http://127.0.0.1:1/", "http://192.0.2.10/", StringComparison.Ordinal);

        using var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UnauthenticatedNormalDelivery_ToAConfiguredServiceUrl_IsDelivered()
    {
        using var connector = new ConnectorServer();
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Connector:AllowedServiceUrls:0"] = connector.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) });
        var activity = Activities.Json(Activities.Message(Activities.NewConversation(), "hallo", deliveryMode: null)).Replace("http://127.0.0.1:1/", connector.BaseUrl + "/", StringComparison.Ordinal);

        using var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task ForgedLogLines_NeverReachTheLog()
    {
        var logs = new CapturingLoggerProvider();
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Teams:AllowedTenants:0"] = "tenant-a" }, services => services.AddSingleton<ILoggerProvider>(logs));
        const string Forged = "\nINFO Assistant: admin logged in";

        using var conversation = await host.PostActivityAsync(Activities.Json(Activities.Message("c" + Forged, "hallo")));
        using var type = await host.PostActivityAsync(Activities.Json(Activities.Message(Activities.NewConversation(), "hallo")).Replace("\"message\"", "\"x\\r\\nFORGED\"", StringComparison.Ordinal));
        using var tenant = await host.PostActivityAsync(Activities.Json(Activities.Message(Activities.NewConversation(), "hallo", channelId: "msteams", channelData: new { tenant = new { id = "t" + Forged } })));

        Assert.Equal(HttpStatusCode.BadRequest, conversation.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, type.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tenant.StatusCode);
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains(Forged, StringComparison.Ordinal) || l.Message.Contains("\nFORGED", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Message.Contains("t\\nINFO Assistant", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain-id", "plain-id")]
    [InlineData("a\nb\r\tc", "a\\nb\\r\\tc")]
    [InlineData("\u001b[31mred", "\\u001b[31mred")]
    [InlineData("x\u2028y", "x\\u2028y")]
    [InlineData("back\\slash\n", "back\\\\slash\\n")]
    public void LogText_EscapesControlCharacters(string value, string expected) => Assert.Equal(expected, LogText.Escape(value));

    [Fact]
    public void LogText_CutsLongValues() => Assert.Equal(LogText.MaxLength + 1, LogText.Escape(new string('a', 5000)).Length);

    /// <summary>The activity with the addressing of /api/messages put in front (as text: the JSON may be malformed on purpose).</summary>
    private static string WithAddress(string json, string conversation)
    {
        var from = json.Contains("\"from\"", StringComparison.Ordinal) ? "" : "\"from\":{\"id\":\"user-1\"},";
        return "{" + $"\"conversation\":{{\"id\":\"{conversation}\"}},\"channelId\":\"webchat\",{from}\"recipient\":{{\"id\":\"bot-1\"}},\"deliveryMode\":\"expectReplies\"," + json[1..];
    }

    private async Task<HttpResponseMessage> PostRawAsync(string path, string json, string token)
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", token);
        return await client.SendAsync(request);
    }
}
