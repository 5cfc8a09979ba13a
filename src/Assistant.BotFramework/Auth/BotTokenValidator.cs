using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.BotFramework.Auth;

/// <summary>
/// Validates the <c>Authorization</c> header of an inbound activity: Bot Framework channel tokens
/// (issuer, audience, lifetime, signing keys from OpenID metadata, serviceurl, endorsements) and
/// Entra tokens (tenant issuers, ver, appid/azp). See PROTOCOL.md "Inbound authentication".
/// </summary>
public sealed class BotTokenValidator
{

    private readonly BotAuthenticationOptions options;
    private readonly ILogger<BotTokenValidator> logger;
    private readonly JsonWebTokenHandler handler = new();
    private readonly SignedTokenValidator signed;

    /// <summary>Creates the validator.</summary>
    public BotTokenValidator(IOptions<BotAuthenticationOptions> options, TimeProvider timeProvider, ILogger<BotTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        signed = new SignedTokenValidator(this.options, timeProvider, logger);
    }

    /// <summary>Whether an app id is configured (otherwise development mode).</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(options.MicrosoftAppId);

    /// <summary>Validates <paramref name="authorizationHeader"/> for <paramref name="activity"/>.</summary>
    public async Task<BotAuthResult> ValidateAsync(string? authorizationHeader, Activity activity, bool isLoopback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await ValidateCoreAsync(authorizationHeader, activity, isLoopback, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            BotAuthLog.Accepted(logger, result.Anonymous ? "anonymous" : "token");
        }
        else
        {
            BotAuthLog.Rejected(logger, result.Failure ?? "unknown");
        }

        return result;
    }

    private async Task<BotAuthResult> ValidateCoreAsync(string? header, Activity activity, bool isLoopback, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            if (HasAppId)
            {
                return BotAuthResult.Fail("missing authorization header");
            }

            return isLoopback || !options.AllowAnonymousOnLoopbackOnly
                ? BotAuthResult.AnonymousOk()
                : BotAuthResult.Fail("anonymous requests are only accepted from loopback");
        }

        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) || header.Length <= bearer.Length)
        {
            return BotAuthResult.Fail("authorization scheme must be Bearer");
        }

        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(header[bearer.Length..].Trim());
        }
        catch (ArgumentException)
        {
            return BotAuthResult.Fail("malformed token");
        }

        if (token.Alg is not (SecurityAlgorithms.RsaSha256 or SecurityAlgorithms.RsaSha384 or SecurityAlgorithms.RsaSha512))
        {
            return BotAuthResult.Fail("signing algorithm not allowed");
        }

        if (string.Equals(token.Issuer, options.ChannelIssuer, StringComparison.OrdinalIgnoreCase))
        {
            return await ValidateChannelAsync(token, activity, cancellationToken).ConfigureAwait(false);
        }

        return EntraTenantOf(token.Issuer) is { } tenant
            ? await ValidateEntraAsync(token, tenant, cancellationToken).ConfigureAwait(false)
            : BotAuthResult.Fail("issuer not trusted");
    }

    private async Task<BotAuthResult> ValidateChannelAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var outcome = await signed.ValidateAsync(token, options.ChannelOpenIdMetadataUrl, [options.ChannelIssuer], cancellationToken).ConfigureAwait(false);
        if (outcome.Failure is not null)
        {
            return BotAuthResult.Fail(outcome.Failure);
        }

        var serviceUrl = outcome.Identity!.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthResult.Fail("serviceurl claim does not match the activity");
        }

        var endorsements = Endorsements.Of(outcome.Configuration!, outcome.SigningKeyId ?? token.Kid);
        if (endorsements is not null && !endorsements.Contains(activity.ChannelId ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return BotAuthResult.Fail("signing key is not endorsed for this channel");
        }

        return BotAuthResult.Ok(outcome.Identity);
    }

    private async Task<BotAuthResult> ValidateEntraAsync(JsonWebToken token, string tenant, CancellationToken cancellationToken)
    {
        string[] issuers = [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
        var url = options.EntraMetadataUrlTemplate.Replace("{tenant}", tenant, StringComparison.Ordinal);
        var outcome = await signed.ValidateAsync(token, url, issuers, cancellationToken).ConfigureAwait(false);
        if (outcome.Failure is not null)
        {
            return BotAuthResult.Fail(outcome.Failure);
        }

        var identity = outcome.Identity!;
        var appIdClaim = identity.FindFirst("ver")?.Value switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            null => null,
            _ => string.Empty,
        };
        if (appIdClaim is null)
        {
            return BotAuthResult.Fail("ver claim missing");
        }

        var appId = appIdClaim.Length == 0 ? null : identity.FindFirst(appIdClaim)?.Value;
        return string.Equals(appId, options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            ? BotAuthResult.Ok(identity)
            : BotAuthResult.Fail("token was not issued to this bot");
    }

    private string? EntraTenantOf(string? issuer)
    {
        var tenants = options.BotFrameworkTenants.ToList();
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            tenants.Add(options.MicrosoftAppTenantId);
        }

        return tenants.FirstOrDefault(t =>
            string.Equals(issuer, $"https://sts.windows.net/{t}/", StringComparison.OrdinalIgnoreCase)
            || string.Equals(issuer, $"https://login.microsoftonline.com/{t}/v2.0", StringComparison.OrdinalIgnoreCase));
    }
}
