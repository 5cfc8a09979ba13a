using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// Client-credentials tokens for the connector through MSAL. Register as a singleton: MSAL's
/// in-memory cache on the one application instance keeps the token until it expires.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    /// <summary>The connector's scope.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>Tenant of legacy multi-tenant bots.</summary>
    public const string MultiTenantTenant = "botframework.com";

    private static readonly string[] Scopes = [Scope];
    private readonly Lazy<IConfidentialClientApplication>? application;

    public MsalConnectorTokenProvider(IOptions<ConnectorClientOptions> options)
    {
        var value = options.Value;
        if (!string.IsNullOrWhiteSpace(value.AppId))
        {
            var authority = Authority(value);
            application = new Lazy<IConfidentialClientApplication>(() => ConfidentialClientApplicationBuilder
                .Create(value.AppId)
                .WithClientSecret(value.AppPassword ?? throw new InvalidOperationException(
                    $"{ConnectorClientOptions.SectionName}:AppPassword is required when an app id is configured."))
                .WithAuthority(authority.ToString(), validateAuthority: true)
                .Build());
        }
    }

    /// <summary>Whether tokens are issued at all (an app id is configured).</summary>
    public bool IsEnabled => application is not null;

    /// <summary>
    /// <c>{AuthorityHost}/{tenant}</c>: the configured tenant for a single-tenant bot,
    /// <see cref="MultiTenantTenant"/> for a multi-tenant one.
    /// </summary>
    public static Uri Authority(ConnectorClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenant = options.MultiTenant ? MultiTenantTenant : options.TenantId;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            throw new InvalidOperationException(
                $"{ConnectorClientOptions.SectionName}:TenantId is required for a single-tenant bot (or set MultiTenant).");
        }

        return new Uri($"{options.AuthorityHost.TrimEnd('/')}/{Uri.EscapeDataString(tenant)}/");
    }

    /// <inheritdoc />
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (application is null)
        {
            return null;
        }

        var result = await application.Value.AcquireTokenForClient(Scopes)
            .ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
