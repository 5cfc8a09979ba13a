using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// The SDK's connector factory, except that an activity without an absolute http(s) <c>serviceUrl</c> (an invoke, an
/// expectReplies turn or an ignored type may lack one) still gets a turn: its connector client refuses every call
/// instead of the SDK failing the whole turn up front. Clients are shared across turns through
/// <see cref="ConnectorClientCache"/> (keyed by <paramref name="appId"/>, the service URL and the audience).
/// </summary>
public sealed class ServiceUrlConnectorFactory(ConnectorFactory inner, string? appId, ConnectorClientCache cache) : ConnectorFactory
{
    private const string NoServiceUrl = "http://serviceurl.invalid/";

    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default) =>
        HasServiceUrl(serviceUrl)
            ? cache.GetAsync(appId, serviceUrl, audience, () => inner.CreateAsync(serviceUrl, audience, CancellationToken.None))
            : cache.GetAsync(null, NoServiceUrl, null, () => Task.FromResult<IConnectorClient>(
                new ConnectorClient(new Uri(NoServiceUrl), MicrosoftAppCredentials.Empty, new HttpClient(new Refuse()), disposeHttpClient: true)));

    /// <summary>Whether <paramref name="serviceUrl"/> is an absolute http(s) URL.</summary>
    public static bool HasServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private sealed class Refuse : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new ArgumentException("The activity needs an absolute http(s) serviceUrl.");
    }
}
