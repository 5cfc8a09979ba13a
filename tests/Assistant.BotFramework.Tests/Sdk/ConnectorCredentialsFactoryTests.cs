using Assistant.BotFramework.Connector;
using Assistant.BotFramework.Tests.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Tests.Sdk;

public sealed class ConnectorCredentialsFactoryTests
{
    private const string AppId = "aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb";

    private static ConnectorCredentialsFactory Sut(string? appId)
    {
        var options = Options.Create(new ConnectorClientOptions { AppId = appId });
        return new ConnectorCredentialsFactory(options, new FakeTokenProvider(), new ConnectorServiceUrlTrust(options));
    }

    [Fact]
    public async Task NoAppId_AuthenticationDisabled_AndCredentialsAreEmpty()
    {
        var sut = Sut(null);

        Assert.True(await sut.IsAuthenticationDisabledAsync(CancellationToken.None));
        Assert.False(await sut.IsValidAppIdAsync(AppId, CancellationToken.None));
        Assert.Same(MicrosoftAppCredentials.Empty, await sut.CreateCredentialsAsync(null!, "aud", "login", true, CancellationToken.None));
    }

    [Fact]
    public async Task OurAppId_GetsTokenCredentials_InAnyCase()
    {
        var sut = Sut(AppId);

        Assert.False(await sut.IsAuthenticationDisabledAsync(CancellationToken.None));
        Assert.True(await sut.IsValidAppIdAsync(AppId.ToUpperInvariant(), CancellationToken.None));
        Assert.IsType<ConnectorTokenCredentials>(await sut.CreateCredentialsAsync(AppId, "aud", "login", true, CancellationToken.None));
    }

    [Fact]
    public async Task AnotherAppId_IsRefused()
    {
        var sut = Sut(AppId);

        Assert.False(await sut.IsValidAppIdAsync("someone-else", CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => sut.CreateCredentialsAsync("someone-else", "aud", "login", true, CancellationToken.None));
    }

    [Fact]
    public async Task AnonymousTurnWithAppIdConfigured_GetsNoToken()
    {
        var sut = Sut(AppId);

        Assert.Same(MicrosoftAppCredentials.Empty, await sut.CreateCredentialsAsync(null!, "aud", "login", true, CancellationToken.None));
    }
}
