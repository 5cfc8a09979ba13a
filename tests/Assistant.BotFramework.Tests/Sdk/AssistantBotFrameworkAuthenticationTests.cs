using Assistant.BotFramework.Auth;
using Assistant.BotFramework.Connector;
using Assistant.BotFramework.Tests.Auth;
using Assistant.BotFramework.Tests.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.BotFramework.Tests.Sdk;

/// <summary>The SDK's authentication built from our configuration: our token check in front, the SDK's connector behind.</summary>
public sealed class AssistantBotFrameworkAuthenticationTests(MetadataServer server) : IClassFixture<MetadataServer>
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private AssistantBotFrameworkAuthentication Sut(string? appId)
    {
        var options = Options.Create(new BotAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppTenantId = "99999999-8888-7777-6666-555555555555",
            ChannelOpenIdMetadataUrl = server.ChannelMetadataUrl,
            EntraMetadataUrlTemplate = server.EntraTemplate,
            RequireHttpsMetadata = false,
        });
        var connector = Options.Create(new ConnectorClientOptions { AppId = appId });
        return new AssistantBotFrameworkAuthentication(
            new BotTokenValidator(options, new FakeTimeProvider(Now), NullLogger<BotTokenValidator>.Instance),
            options,
            new ConnectorCredentialsFactory(connector, new FakeTokenProvider(), new ConnectorServiceUrlTrust(connector)),
            new ConnectorHttpClients(new PlainHttpClients()),
            NullLogger<AssistantBotFrameworkAuthentication>.Instance);
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = ServiceUrl };

    private string ChannelToken() => "Bearer " + new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://api.botframework.com",
        Audience = AppId,
        NotBefore = Now.AddMinutes(-5).UtcDateTime,
        Expires = Now.AddHours(1).UtcDateTime,
        Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
        SigningCredentials = server.Credentials("plain"),
    });

    [Fact]
    public async Task ValidChannelToken_GivesTheSdkWhatItNeedsForTheTurn()
    {
        var (result, outcome) = await Sut(AppId).AuthenticateAsync(Message(), ChannelToken(), isLoopback: false);

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.NotNull(result);
        Assert.Equal(CallerIdConstants.PublicAzureChannel, result.CallerId);
        Assert.Equal(AuthenticationConstants.ToChannelFromBotOAuthScope, result.Audience);
        Assert.Equal(AppId, result.ClaimsIdentity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value);
        Assert.IsType<ServiceUrlConnectorFactory>(result.ConnectorFactory);
    }

    [Fact]
    public async Task DevelopmentModeOnLoopback_IsAnonymousWithoutCallerId()
    {
        var (result, outcome) = await Sut(null).AuthenticateAsync(Message(), null, isLoopback: true);

        Assert.True(outcome.Anonymous);
        Assert.NotNull(result);
        Assert.Null(result.CallerId);
        Assert.Equal(AuthenticationConstants.AnonymousAuthType, result.ClaimsIdentity.AuthenticationType);
    }

    [Fact]
    public async Task MissingHeaderWithAppId_IsRefused()
    {
        var (result, outcome) = await Sut(AppId).AuthenticateAsync(Message(), null, isLoopback: true);

        Assert.Null(result);
        Assert.Equal("missing authorization header", outcome.Failure);
    }

    [Fact]
    public async Task SdkEntryPoint_TreatsTheCallerAsRemote()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sut(null).AuthenticateRequestAsync(Message(), "", CancellationToken.None));

        var accepted = await Sut(AppId).AuthenticateRequestAsync(Message(), ChannelToken(), CancellationToken.None);

        Assert.Equal(AppId, accepted.ClaimsIdentity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value);
    }

    [Fact]
    public async Task StreamingConnections_AreRefused() =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sut(AppId).AuthenticateStreamingRequestAsync("Bearer x", "msteams", CancellationToken.None));

    private sealed class PlainHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
