using System.Globalization;
using System.Net;
using Assistant.BotFramework.Connector;
using Microsoft.Bot.Schema;

namespace Assistant.BotFramework.Tests.Connector;

public sealed class ConnectorClientRetryTests : IDisposable
{
    private readonly ConnectorServer server = new();
    private readonly ImmediateTimeProvider time = new(TestConnector.Now);

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        server.Enqueue(429, headers: ("Retry-After", "2"));
        var sut = TestConnector.Client(time: time);

        var result = await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl));

        Assert.Equal("sent-1", result.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], time.Delays);
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var date = TestConnector.Now.AddSeconds(5).ToString("r", CultureInfo.InvariantCulture);
        server.Enqueue(429, headers: ("Retry-After", date));
        var sut = TestConnector.Client(time: time);

        await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(5)], time.Delays);
    }

    [Fact]
    public async Task SendToConversationAsync_429AskingTooLong_NotRetried()
    {
        server.Enqueue(429, headers: ("Retry-After", "600"));
        var sut = TestConnector.Client(time: time);

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() => sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl)));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Response.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_503Twice_RetriesWithExponentialBackoffThenSucceeds()
    {
        server.Enqueue(503);
        server.Enqueue(503);
        var baseDelay = TimeSpan.FromMilliseconds(100);
        var sut = TestConnector.Client(new ConnectorClientOptions { BaseDelay = baseDelay }, time: time);

        var result = await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl));

        Assert.Equal("sent-1", result.Id);
        Assert.Equal(3, server.Requests.Count);
        var delays = time.Delays.ToArray();
        Assert.Equal(2, delays.Length);
        Assert.InRange(delays[0], baseDelay, baseDelay * 2);
        Assert.InRange(delays[1], baseDelay * 2, baseDelay * 3);
    }

    [Fact]
    public async Task SendToConversationAsync_408ThenSuccess_Retried()
    {
        server.Enqueue(408);
        var sut = TestConnector.Client(time: time);

        await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl));

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_AlwaysFailing_StopsAfterMaxRetries()
    {
        for (var i = 0; i < 10; i++)
        {
            server.Enqueue(500, """{"error":{"code":"ServiceError","message":"down"}}""");
        }

        var sut = TestConnector.Client(new ConnectorClientOptions { MaxRetries = 3 }, time: time);

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() => sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl)));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Response.StatusCode);
        Assert.Equal("ServiceError", error.Body.Error.Code);
        Assert.Equal(4, server.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task SendToConversationAsync_Other4xx_NotRetriedAndThrowsWithCodeAndMessage(int status)
    {
        server.Enqueue(status, """{"error":{"code":"BadArgument","message":"Activity text too long"}}""");
        var sut = TestConnector.Client(time: time);

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() => sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl)));

        Assert.Equal((HttpStatusCode)status, error.Response.StatusCode);
        Assert.Equal("BadArgument", error.Body.Error.Code);
        Assert.Equal("Activity text too long", error.Body.Error.Message);
        Assert.Single(server.Requests);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task SendToConversationAsync_ErrorWithoutBody_ThrowsWithStatusMessage()
    {
        server.Enqueue(400, "not json");
        var sut = TestConnector.Client(time: time);

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() => sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl)));

        Assert.Null(error.Body?.Error?.Code);
        Assert.Equal(HttpStatusCode.BadRequest, error.Response.StatusCode);
    }
}
