using System.Net;

namespace Assistant.Web.Tests.DirectLine;

public sealed class DirectLineConversationTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private DirectLineClient Client => new(fixture.Host);

    [Fact]
    public async Task Start_WithToken_Is201WithStreamUrl_AndWelcomeIsFirstBotActivity()
    {
        var (conversation, token, start) = await Client.StartAsync();

        Assert.StartsWith($"ws://127.0.0.1:", start.GetProperty("streamUrl").GetString());
        Assert.Contains($"/v3/directline/conversations/{conversation}/stream", start.GetProperty("streamUrl").GetString());
        var page = await Client.PollAsync(conversation, token);
        var welcome = Assert.Single(page.GetProperty("activities").EnumerateArray());
        Assert.Equal("message", welcome.GetProperty("type").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("directline", welcome.GetProperty("channelId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(welcome.GetProperty("text").GetString()));
        Assert.Equal("1", page.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Start_Twice_Is200AndWelcomesOnce()
    {
        var (conversation, token, _) = await Client.StartAsync();

        await Client.JsonAsync(HttpMethod.Post, "/conversations", token, new { });

        Assert.Single((await Client.PollAsync(conversation, token)).GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task Post_Message_EchoesWithServerIdAndClientActivityId_ThenAnswersWithCitation()
    {
        var (conversation, token, _) = await Client.StartAsync();

        var posted = await Client.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message(DirectLineClient.Question, "client-42"));

        var activities = (await Client.PollAsync(conversation, token, "1")).GetProperty("activities").EnumerateArray().ToArray();
        Assert.Equal(2, activities.Length);
        var echo = activities[0];
        Assert.Equal(posted.GetProperty("id").GetString(), echo.GetProperty("id").GetString());
        Assert.StartsWith(conversation + "|", echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("dl_test-user", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(DirectLineClient.Question, echo.GetProperty("text").GetString());
        var answer = activities[1];
        Assert.Contains("14 december 2025", answer.GetProperty("text").GetString());
        Assert.Equal(echo.GetProperty("id").GetString(), answer.GetProperty("replyToId").GetString());
        Assert.Equal("https://schema.org/Message", answer.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal("directline", answer.GetProperty("channelId").GetString());
        Assert.StartsWith("http://127.0.0.1:", answer.GetProperty("serviceUrl").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Poll_Watermark_PagesThroughOnlyNewerActivities()
    {
        var (conversation, token, _) = await Client.StartAsync();
        var first = await Client.PollAsync(conversation, token);
        await Client.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message("hallo", "c1"));

        var second = await Client.PollAsync(conversation, token, first.GetProperty("watermark").GetString()!);
        var third = await Client.PollAsync(conversation, token, second.GetProperty("watermark").GetString()!);
        using var bad = await Client.SendAsync(HttpMethod.Get, $"/conversations/{conversation}/activities?watermark=abc", token);

        Assert.Equal(2, second.GetProperty("activities").GetArrayLength());
        Assert.Equal("3", second.GetProperty("watermark").GetString());
        Assert.Equal(0, third.GetProperty("activities").GetArrayLength());
        Assert.Equal("3", third.GetProperty("watermark").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Token_OfAnotherConversation_Is403_AndUnknownConversation_Is404()
    {
        var (first, firstToken, _) = await Client.StartAsync();
        var (second, secondToken, _) = await Client.StartAsync();

        using var read = await Client.SendAsync(HttpMethod.Get, $"/conversations/{first}/activities", secondToken);
        using var post = await Client.SendAsync(HttpMethod.Post, $"/conversations/{first}/activities", secondToken, DirectLineClient.Message("hallo", "x"));
        using var reconnect = await Client.SendAsync(HttpMethod.Get, $"/conversations/{first}", secondToken);
        var generated = await Client.GenerateAsync();
        using var unknown = await Client.SendAsync(HttpMethod.Get, "/conversations/no-such-conversation/activities", generated.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.NotEqual(first, second);
        Assert.Single((await Client.PollAsync(first, firstToken)).GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task Reconnect_ReturnsNewTokenAndStreamUrlWithWatermark()
    {
        var (conversation, token, _) = await Client.StartAsync();

        var body = await Client.JsonAsync(HttpMethod.Get, $"/conversations/{conversation}?watermark=1", token);

        Assert.Equal(conversation, body.GetProperty("conversationId").GetString());
        Assert.Contains("watermark=1", body.GetProperty("streamUrl").GetString());
        Assert.NotEqual(token, body.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Upload_Is415ProblemSayingUploadsAreNotSupported()
    {
        var (conversation, token, _) = await Client.StartAsync();

        using var response = await Client.SendAsync(HttpMethod.Post, $"/conversations/{conversation}/upload?userId=dl_test-user", token, new { });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not supported", (await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_InvalidJson_Is400()
    {
        var (conversation, token, _) = await Client.StartAsync();
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities") { Content = new StringContent("{nope", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
