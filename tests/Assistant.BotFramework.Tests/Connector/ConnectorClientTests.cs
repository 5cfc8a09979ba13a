using System.Text.Json;
using Assistant.BotFramework.Schema;

namespace Assistant.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IDisposable
{
    private const string TeamsConversation = "19:abc@thread.tacv2;messageid=123";
    private const string EscapedTeamsConversation = "19%3Aabc%40thread.tacv2%3Bmessageid%3D123";
    private readonly ConnectorServer server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReplyToActivityAsync_PrefixedServiceUrl_PostsReplyPathWithActivityBody()
    {
        var sut = TestConnector.Client();

        var result = await sut.ReplyToActivityAsync(
            TestConnector.Message(server.BaseUrl + "/_connector/", TeamsConversation), "1234:5");

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{EscapedTeamsConversation}/activities/1234%3A5", request.RawUrl);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var sent = ActivityJson.Deserialize(request.Body)!;
        Assert.Equal("message", sent.Type);
        Assert.Equal("Hallo", sent.Text);
        Assert.Equal("1234:5", sent.ReplyToId);
        Assert.Equal(TeamsConversation, sent.Conversation!.Id);
        Assert.Null(sent.Id);
        Assert.Equal("sent-1", result.Id);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlWithoutTrailingSlash_KeepsPathPrefix()
    {
        var sut = TestConnector.Client();

        await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl + "/_connector"));

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations/conv-1/activities", request.RawUrl);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("Hallo", body.RootElement.GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("replyToId", out _));
    }

    [Fact]
    public async Task UpdateActivityAsync_TeamsIds_PutsToEscapedActivityPath()
    {
        var sut = TestConnector.Client();
        var activity = TestConnector.Message(server.BaseUrl + "/", TeamsConversation) with { Id = "1:abc" };

        await sut.UpdateActivityAsync(activity);

        var request = Assert.Single(server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversation}/activities/1%3Aabc", request.RawUrl);
    }

    [Fact]
    public async Task DeleteActivityAsync_TeamsIds_DeletesEscapedActivityPath()
    {
        var sut = TestConnector.Client();

        await sut.DeleteActivityAsync(server.BaseUrl + "/_connector/", TeamsConversation, "42");

        var request = Assert.Single(server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{EscapedTeamsConversation}/activities/42", request.RawUrl);
        Assert.Empty(request.Body);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(202)]
    public async Task SendToConversationAsync_SuccessWithEmptyBody_ReturnsNoId(int status)
    {
        server.Enqueue(status);
        var sut = TestConnector.Client();

        var result = await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl));

        Assert.Null(result?.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_NoServiceUrl_ThrowsArgumentException()
    {
        var sut = TestConnector.Client();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.SendToConversationAsync(TestConnector.Message("not a url")));
        Assert.Empty(server.Requests);
    }
}
