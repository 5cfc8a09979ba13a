using Assistant.BotFramework.Connector;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace Assistant.BotFramework.Tests.Sdk;

public sealed class ConnectorClientCacheTests
{
    private static Func<Task<IConnectorClient>> Counting(List<ConnectorClient> made) => () =>
    {
        var client = new ConnectorClient(new Uri("http://127.0.0.1:1/"), MicrosoftAppCredentials.Empty, new HttpClient(), disposeHttpClient: true);
        made.Add(client);
        return Task.FromResult<IConnectorClient>(client);
    };

    [Fact]
    public async Task SameKey_SharesOneClient_AndDisposingTheSharedOneLeavesItUsable()
    {
        var sut = new ConnectorClientCache();
        var made = new List<ConnectorClient>();

        var first = await sut.GetAsync("app", "https://a.example/", "aud", Counting(made));
        first.Dispose();
        var second = await sut.GetAsync("app", "https://a.example/", "aud", Counting(made));

        Assert.Single(made);
        Assert.Same(first, second);
        Assert.Equal(new Uri("http://127.0.0.1:1/"), second.BaseUri);
        Assert.NotNull(second.Conversations);
    }

    [Fact]
    public async Task OtherAppIdServiceUrlOrAudience_GetsItsOwnClient()
    {
        var sut = new ConnectorClientCache();
        var made = new List<ConnectorClient>();

        await sut.GetAsync("app", "https://a.example/", "aud", Counting(made));
        await sut.GetAsync(null, "https://a.example/", "aud", Counting(made));
        await sut.GetAsync("app", "https://b.example/", "aud", Counting(made));
        await sut.GetAsync("app", "https://a.example/", "other", Counting(made));

        Assert.Equal(4, made.Count);
        Assert.Equal(4, sut.Count);
    }

    [Fact]
    public async Task OverCapacity_StartsOver()
    {
        var sut = new ConnectorClientCache();
        var made = new List<ConnectorClient>();
        for (var i = 0; i <= ConnectorClientCache.Capacity; i++)
        {
            await sut.GetAsync(null, $"http://127.0.0.1:1/{i}/", null, () => Task.FromResult<IConnectorClient>(null!));
        }

        Assert.True(sut.Count <= ConnectorClientCache.Capacity);
    }
}
