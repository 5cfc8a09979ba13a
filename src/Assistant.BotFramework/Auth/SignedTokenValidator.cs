using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.BotFramework.Auth;

/// <summary>
/// Checks signature (keys from OpenID metadata, one refresh on an unknown key), issuer, audience
/// (the app id) and lifetime (against the injected clock, with skew) of a token.
/// </summary>
internal sealed class SignedTokenValidator(BotAuthenticationOptions options, TimeProvider timeProvider, ILogger logger)
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.OrdinalIgnoreCase);

    public async Task<SignedTokenOutcome> ValidateAsync(JsonWebToken token, string metadataUrl, IReadOnlyList<string> issuers, CancellationToken cancellationToken)
    {
        var manager = managers.GetOrAdd(metadataUrl, url => new ConfigurationManager<OpenIdConnectConfiguration>(
            url,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = options.RequireHttpsMetadata }));

        for (var attempt = 0; ; attempt++)
        {
            OpenIdConnectConfiguration configuration;
            try
            {
                configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex)
            {
                BotAuthLog.MetadataUnavailable(logger, metadataUrl, ex);
                return new SignedTokenOutcome("signing keys unavailable", null, null, null);
            }

            var result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers)).ConfigureAwait(false);
            if (result.IsValid)
            {
                return new SignedTokenOutcome(null, result.ClaimsIdentity, configuration, result.SecurityToken?.SigningKey?.KeyId);
            }

            if (result.Exception is SecurityTokenSignatureKeyNotFoundException && attempt == 0)
            {
                manager.RequestRefresh();
                continue;
            }

            return new SignedTokenOutcome(Describe(result.Exception), null, null, null);
        }
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IReadOnlyList<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidateIssuer = true,
        ValidAudiences = string.IsNullOrWhiteSpace(options.MicrosoftAppId) ? [] : [options.MicrosoftAppId],
        ValidateAudience = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        ValidAlgorithms = AllowedAlgorithms,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = options.AllowedClockSkew,
        LifetimeValidator = ValidateLifetime,
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var skew = options.AllowedClockSkew;
        return expires is { } exp
            && (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + skew)
            && exp.ToUniversalTime() >= now - skew;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException => "token expired or not yet valid",
        SecurityTokenInvalidAudienceException => "audience does not match the app id",
        SecurityTokenInvalidIssuerException => "issuer not trusted",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "signature invalid",
        _ => "token invalid",
    };
}
