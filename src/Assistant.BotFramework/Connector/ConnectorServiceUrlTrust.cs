using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// The service URLs that may receive the bot's token: the allow-list in
/// <see cref="ConnectorClientOptions.AllowedServiceUrls"/> plus those the inbound side trusted
/// after authenticating an activity. Compared by scheme, host and port. Register as a singleton.
/// </summary>
public sealed class ConnectorServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> trusted = new(StringComparer.OrdinalIgnoreCase);

    public ConnectorServiceUrlTrust(IOptions<ConnectorClientOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var url in options.Value.AllowedServiceUrls)
        {
            Trust(url);
        }
    }

    /// <summary>Trusts a service URL; call only for one that arrived in an authenticated activity.</summary>
    public void Trust(string serviceUrl)
    {
        if (Key(serviceUrl) is { } key)
        {
            trusted.TryAdd(key, 0);
        }
    }

    /// <summary>Whether the URL's origin is trusted.</summary>
    public bool IsTrusted(Uri url) => Key(url) is { } key && trusted.ContainsKey(key);

    private static string? Key(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? Key(uri) : null;

    private static string? Key(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
