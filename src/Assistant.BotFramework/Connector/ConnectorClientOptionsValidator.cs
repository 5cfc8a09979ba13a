using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Connector;

/// <summary>Start-up checks of <see cref="ConnectorClientOptions"/>.</summary>
public sealed class ConnectorClientOptionsValidator : IValidateOptions<ConnectorClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ConnectorClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var section = ConnectorClientOptions.SectionName;
        if (!string.IsNullOrWhiteSpace(options.AppId))
        {
            if (string.IsNullOrWhiteSpace(options.AppPassword))
            {
                failures.Add($"{section}:AppPassword (or ClientSecret) is required when AppId is set.");
            }

            if (!options.MultiTenant && string.IsNullOrWhiteSpace(options.TenantId))
            {
                failures.Add($"{section}:TenantId is required for a single-tenant bot (or set MultiTenant).");
            }
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{section}:MaxRetries must be between 0 and 10.");
        }

        if (options.BaseDelay < TimeSpan.Zero || options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"{section}:BaseDelay and MaxRetryAfter must not be negative.");
        }

        if (!Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out _))
        {
            failures.Add($"{section}:AuthorityHost must be an absolute URL.");
        }

        failures.AddRange(options.AllowedServiceUrls
            .Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            .Select(url => $"{section}:AllowedServiceUrls contains a value that is not an absolute http(s) URL."));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
