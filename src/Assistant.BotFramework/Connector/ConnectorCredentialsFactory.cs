using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Rest;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// The SDK's credentials factory for our configuration (<c>Assistant:Connector</c>, which takes the bot's identity from
/// <c>Assistant:Bot</c>): no app id = development mode (no token); otherwise <see cref="ConnectorTokenCredentials"/>.
/// </summary>
public sealed class ConnectorCredentialsFactory(IOptions<ConnectorClientOptions> options, IConnectorTokenProvider tokens, ConnectorServiceUrlTrust trust)
    : ServiceClientCredentialsFactory
{
    private string? AppId => string.IsNullOrWhiteSpace(options.Value.AppId) ? null : options.Value.AppId;

    /// <inheritdoc />
    public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) =>
        Task.FromResult(AppId is { } id && string.Equals(appId, id, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) => Task.FromResult(AppId is null);

    /// <inheritdoc />
    public override Task<ServiceClientCredentials> CreateCredentialsAsync(
        string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken)
    {
        if (AppId is null || string.IsNullOrEmpty(appId))
        {
            return Task.FromResult<ServiceClientCredentials>(MicrosoftAppCredentials.Empty);
        }

        return string.Equals(appId, AppId, StringComparison.OrdinalIgnoreCase)
            ? Task.FromResult<ServiceClientCredentials>(new ConnectorTokenCredentials(tokens, trust))
            : throw new UnauthorizedAccessException("The activity was addressed to another app id.");
    }
}
