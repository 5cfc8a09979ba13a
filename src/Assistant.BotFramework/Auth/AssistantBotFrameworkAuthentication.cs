using System.Security.Claims;
using Assistant.BotFramework.Connector;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Auth;

/// <summary>
/// The SDK's <see cref="BotFrameworkAuthentication"/> built from our configuration: outbound (connector factory,
/// user-token client, bot-to-bot client) is the SDK's own (public cloud) with our credentials factory and HTTP
/// clients; inbound tokens are checked by <see cref="BotTokenValidator"/>. The SDK's own inbound check cannot take
/// its place here: it fetches OpenID metadata only over https (IdentityModel's document retriever with RequireHttps,
/// not configurable through the SDK), so no loopback stand-in can serve it, it reads the wall clock, and it does not
/// know whether the caller is on loopback (development mode accepts anonymous callers only there).
/// </summary>
public sealed class AssistantBotFrameworkAuthentication : BotFrameworkAuthentication
{
    private readonly BotTokenValidator validator;
    private readonly BotFrameworkAuthentication sdk;
    private readonly ConnectorClientCache connectors = new();

    public AssistantBotFrameworkAuthentication(
        BotTokenValidator validator,
        IOptions<BotAuthenticationOptions> options,
        ServiceClientCredentialsFactory credentials,
        ConnectorHttpClients httpClients,
        ILogger<AssistantBotFrameworkAuthentication> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.validator = validator;

        // Every endpoint is given: with any one set, the SDK takes all of them from these arguments.
        sdk = BotFrameworkAuthenticationFactory.Create(
            channelService: null,
            validateAuthority: true,
            toChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrlTemplate.Replace("{0}", "botframework.com", StringComparison.Ordinal),
            toChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
            toBotFromChannelTokenIssuer: options.Value.ChannelIssuer,
            oAuthUrl: AuthenticationConstants.OAuthUrl,
            toBotFromChannelOpenIdMetadataUrl: options.Value.ChannelOpenIdMetadataUrl,
            toBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
            callerId: CallerIdConstants.PublicAzureChannel,
            credentialFactory: credentials,
            authConfiguration: new AuthenticationConfiguration(),
            httpClientFactory: httpClients,
            logger: logger);
    }

    /// <summary>
    /// Checks the <c>Authorization</c> header of <paramref name="activity"/> (<paramref name="isLoopback"/>: the caller's
    /// TCP peer is on loopback) and, when accepted, what the SDK's adapter needs to run the turn.
    /// </summary>
    public async Task<(AuthenticateRequestResult? Result, BotAuthResult Outcome)> AuthenticateAsync(
        Activity activity, string? authorizationHeader, bool isLoopback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outcome = await validator.ValidateAsync(authorizationHeader, activity, isLoopback, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return (null, outcome);
        }

        var identity = outcome.Anonymous || outcome.Identity is null ? new ClaimsIdentity(AuthenticationConstants.AnonymousAuthType) : outcome.Identity;
        return (new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            Audience = AuthenticationConstants.ToChannelFromBotOAuthScope,
            CallerId = outcome.Anonymous ? null : CallerIdConstants.PublicAzureChannel,
            ConnectorFactory = CreateConnectorFactory(identity),
        }, outcome);
    }

    /// <inheritdoc />
    /// <remarks>Callers that know the TCP peer use <see cref="AuthenticateAsync"/>; this one treats the caller as remote.</remarks>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var (result, outcome) = await AuthenticateAsync(activity, authHeader, isLoopback: false, cancellationToken).ConfigureAwait(false);
        return result ?? throw new UnauthorizedAccessException(outcome.Failure);
    }

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        throw new UnauthorizedAccessException("Streaming connections are not accepted.");

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        var appId = claimsIdentity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? claimsIdentity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value;
        return new ServiceUrlConnectorFactory(sdk.CreateConnectorFactory(claimsIdentity), appId, connectors);
    }

    /// <inheritdoc />
    /// <remarks>Lazy: the adapter asks for one on every turn, and our bot never signs users in.</remarks>
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(() => sdk.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)));

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => sdk.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => sdk.GetOriginatingAudience();
}
