using System.Text;
using Assistant.BotFramework.Auth;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.BotFramework.Tests.Auth;

public sealed class BotTokenValidatorTests(MetadataServer server) : IClassFixture<MetadataServer>
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "99999999-8888-7777-6666-555555555555";
    private const string ChannelIssuer = "https://api.botframework.com";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private BotTokenValidator Sut(string? appId = AppId, FakeTimeProvider? time = null) => new(
        Options.Create(new BotAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppTenantId = Tenant,
            ChannelOpenIdMetadataUrl = server.ChannelMetadataUrl,
            EntraMetadataUrlTemplate = server.EntraTemplate,
            RequireHttpsMetadata = false,
        }),
        time ?? new FakeTimeProvider(Now),
        NullLogger<BotTokenValidator>.Instance);

    private static Activity Activity(string channelId = "webchat", string serviceUrl = ServiceUrl) =>
        new() { Type = ActivityTypes.Message, ChannelId = channelId, ServiceUrl = serviceUrl };

    private string ChannelToken(
        string kid = "plain", string audience = AppId, string issuer = ChannelIssuer, string serviceUrl = ServiceUrl,
        DateTimeOffset? expires = null, string algorithm = SecurityAlgorithms.RsaSha256) => Sign(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = Now.AddMinutes(-5).UtcDateTime,
            Expires = (expires ?? Now.AddHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = server.Credentials(kid, algorithm),
        });

    private string EntraToken(string azp = AppId, string? ver = "2.0", string? tenant = null)
    {
        var claims = new Dictionary<string, object> { ["azp"] = azp, ["tid"] = tenant ?? Tenant };
        if (ver is not null)
        {
            claims["ver"] = ver;
        }

        return Sign(new SecurityTokenDescriptor
        {
            Issuer = $"https://login.microsoftonline.com/{tenant ?? Tenant}/v2.0",
            Audience = AppId,
            NotBefore = Now.AddMinutes(-5).UtcDateTime,
            Expires = Now.AddHours(1).UtcDateTime,
            Claims = claims,
            SigningCredentials = server.Credentials("entra"),
        });
    }

    private static string Sign(SecurityTokenDescriptor descriptor) =>
        "Bearer " + new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);

    [Fact]
    public async Task ValidateAsync_ValidChannelToken_Succeeds()
    {
        var result = await Sut().ValidateAsync(ChannelToken(), Activity(), isLoopback: false);

        Assert.True(result.Succeeded, result.Failure);
        Assert.False(result.Anonymous);
        Assert.Equal(ServiceUrl, result.Identity!.FindFirst("serviceurl")!.Value);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var result = await Sut().ValidateAsync(ChannelToken(), Activity(serviceUrl: ServiceUrl.ToUpperInvariant()), isLoopback: false);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredBeyondSkew_Fails()
    {
        var result = await Sut().ValidateAsync(ChannelToken(expires: Now.AddMinutes(-6)), Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("token expired or not yet valid", result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinSkew_Succeeds()
    {
        var result = await Sut().ValidateAsync(ChannelToken(expires: Now.AddMinutes(-4)), Activity(), isLoopback: false);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_WrongAudience_Fails()
    {
        var result = await Sut().ValidateAsync(ChannelToken(audience: "someone-else"), Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("audience does not match the app id", result.Failure);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0")]
    public async Task ValidateAsync_WrongIssuer_Fails(string issuer)
    {
        var result = await Sut().ValidateAsync(ChannelToken(issuer: issuer), Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("issuer not trusted", result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_KeyEndorsedForOtherChannel_Fails()
    {
        var result = await Sut().ValidateAsync(ChannelToken(kid: "teams"), Activity("webchat"), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("signing key is not endorsed for this channel", result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_KeyEndorsedForThisChannel_Succeeds()
    {
        var result = await Sut().ValidateAsync(ChannelToken(kid: "teams"), Activity("msteams"), isLoopback: false);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlMismatch_Fails()
    {
        var result = await Sut().ValidateAsync(ChannelToken(), Activity(serviceUrl: "https://attacker.example/"), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("serviceurl claim does not match the activity", result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKeyId_Fails()
    {
        var result = await Sut().ValidateAsync(ChannelToken(kid: "not-published"), Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_Rs512Token_Succeeds()
    {
        var result = await Sut().ValidateAsync(ChannelToken(algorithm: SecurityAlgorithms.RsaSha512), Activity(), isLoopback: false);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_Hs256Token_Fails()
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-that-is-long-enough-for-hs256!")) { KeyId = "plain" };
        var token = Sign(new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = AppId,
            Expires = Now.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });

        var result = await Sut().ValidateAsync(token, Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("signing algorithm not allowed", result.Failure);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task ValidateAsync_MalformedHeader_FailsWithoutEchoingIt(string header)
    {
        var result = await Sut().ValidateAsync(header, Activity(), isLoopback: true);

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(header.Split(' ')[1], result.Failure!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_MissingHeaderWithAppId_Fails()
    {
        var result = await Sut().ValidateAsync(null, Activity(), isLoopback: true);

        Assert.False(result.Succeeded);
        Assert.Equal("missing authorization header", result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_MissingHeaderWithoutAppIdOnLoopback_IsAnonymous()
    {
        var result = await Sut(appId: null).ValidateAsync(null, Activity(), isLoopback: true);

        Assert.True(result.Succeeded);
        Assert.True(result.Anonymous);
    }

    [Fact]
    public async Task ValidateAsync_MissingHeaderWithoutAppIdFromNetwork_Fails()
    {
        var result = await Sut(appId: null).ValidateAsync("", Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_PresentHeaderWithoutAppId_IsStillValidated()
    {
        var result = await Sut(appId: null).ValidateAsync(ChannelToken(expires: Now.AddHours(-1)), Activity(), isLoopback: true);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_EntraV2TokenWithOurAzp_Succeeds()
    {
        var result = await Sut().ValidateAsync(EntraToken(), Activity(), isLoopback: false);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_EntraTokenWithOtherAzp_Fails()
    {
        var result = await Sut().ValidateAsync(EntraToken(azp: "another-app"), Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("token was not issued to this bot", result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_EntraTokenWithoutVer_Fails()
    {
        var result = await Sut().ValidateAsync(EntraToken(ver: null), Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("ver claim missing", result.Failure);
    }

    [Fact]
    public async Task ValidateAsync_EntraTokenFromOtherTenant_Fails()
    {
        var result = await Sut().ValidateAsync(EntraToken(tenant: "00000000-0000-0000-0000-000000000000"), Activity(), isLoopback: false);

        Assert.False(result.Succeeded);
        Assert.Equal("issuer not trusted", result.Failure);
    }
}
