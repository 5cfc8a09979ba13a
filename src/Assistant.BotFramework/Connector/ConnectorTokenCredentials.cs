using System.Net.Http.Headers;
using Microsoft.Rest;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// The bot's credentials on the SDK's connector client: a token from <see cref="IConnectorTokenProvider"/> (MSAL,
/// cached), sent only to a service URL that arrived in an authenticated activity or is allow-listed; any other is
/// refused before a byte is sent.
/// </summary>
public sealed class ConnectorTokenCredentials(IConnectorTokenProvider tokens, ConnectorServiceUrlTrust trust) : ServiceClientCredentials
{
    /// <inheritdoc />
    public override async Task ProcessHttpRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { } uri || !trust.IsTrusted(uri))
        {
            throw new InvalidOperationException(
                $"Refusing to send the bot's token to untrusted service URL {request.RequestUri?.GetLeftPart(UriPartial.Authority)}: "
                + $"it did not arrive in an authenticated activity and is not in {ConnectorClientOptions.SectionName}:AllowedServiceUrls.");
        }

        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }
}
