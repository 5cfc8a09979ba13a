using Assistant.BotFramework.Auth;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Assistant.BotFramework.Tests.Sdk;

/// <summary>The user-token client the adapter asks for on every turn is built only when a user-token call is made.</summary>
public sealed class LazyUserTokenClientTests
{
    [Fact]
    public async Task RealClient_IsBuiltOnFirstCallOnly_AndCallsGoThrough()
    {
        var built = 0;
        var real = new RecordingClient();
        using var sut = new LazyUserTokenClient(() =>
        {
            built++;
            return Task.FromResult<UserTokenClient>(real);
        });

        Assert.False(sut.Created);
        Assert.Equal(0, built);

        var token = await sut.GetUserTokenAsync("user", "conn", "msteams", "", CancellationToken.None);
        await sut.SignOutUserAsync("user", "conn", "msteams", CancellationToken.None);

        Assert.True(sut.Created);
        Assert.Equal(1, built);
        Assert.Equal("token-for-user", token.Token);
        Assert.Equal(["get user conn", "sign out user conn"], real.Calls);
    }

    [Fact]
    public void Dispose_WithoutAnyCall_BuildsNothing()
    {
        var built = 0;
        var sut = new LazyUserTokenClient(() =>
        {
            built++;
            return Task.FromResult<UserTokenClient>(new RecordingClient());
        });

        sut.Dispose();

        Assert.Equal(0, built);
    }

    private sealed class RecordingClient : UserTokenClient
    {
        public List<string> Calls { get; } = [];

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Add($"get {userId} {connectionName}");
            return Task.FromResult(new TokenResponse { Token = $"token-for-{userId}" });
        }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Add($"sign out {userId} {connectionName}");
            return Task.CompletedTask;
        }

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
