using Assistant.BotFramework.Connector;

namespace Assistant.BotFramework.Tests.Connector;

public sealed class ConnectorClientTokenTests : IDisposable
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private readonly ConnectorServer server = new();
    private readonly FakeTokenProvider tokens = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlTrustedAtRuntime_SendsBearerToken()
    {
        var sut = TestConnector.Client(new ConnectorClientOptions { AppId = AppId }, tokens);
        sut.TrustServiceUrl(server.BaseUrl + "/_connector/");

        await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl + "/_connector/"));

        Assert.Equal($"Bearer {FakeTokenProvider.Token}", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlAllowListed_SendsBearerToken()
    {
        var options = new ConnectorClientOptions { AppId = AppId };
        options.AllowedServiceUrls.Add(server.BaseUrl);
        var sut = TestConnector.Client(options, tokens);

        await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl + "/other/prefix/"));

        Assert.Equal($"Bearer {FakeTokenProvider.Token}", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_UntrustedServiceUrlWithAppId_RefusedWithoutCalling()
    {
        var sut = TestConnector.Client(new ConnectorClientOptions { AppId = AppId }, tokens);
        sut.TrustServiceUrl("https://smba.trafficmanager.net/emea/");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl)));

        Assert.Contains("untrusted service URL", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_NoAppId_SendsNoTokenEvenWhenTrusted()
    {
        var sut = TestConnector.Client(new ConnectorClientOptions(), tokens);
        sut.TrustServiceUrl(server.BaseUrl);

        await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl));

        Assert.Null(Assert.Single(server.Requests).Authorization);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_RetriedWithAppId_SendsTokenOnEveryAttempt()
    {
        server.Enqueue(503);
        var options = new ConnectorClientOptions { AppId = AppId, BaseDelay = TimeSpan.FromMilliseconds(1) };
        options.AllowedServiceUrls.Add(server.BaseUrl);
        var sut = TestConnector.Client(options, tokens);

        await sut.SendToConversationAsync(TestConnector.Message(server.BaseUrl));

        Assert.All(server.Requests, r => Assert.Equal($"Bearer {FakeTokenProvider.Token}", r.Authorization));
        Assert.Equal(2, server.Requests.Count);
    }
}
