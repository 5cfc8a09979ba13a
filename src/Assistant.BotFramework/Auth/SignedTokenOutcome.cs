using System.Security.Claims;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Assistant.BotFramework.Auth;

/// <summary>Result of checking a token's signature, issuer, audience and lifetime.</summary>
internal sealed record SignedTokenOutcome(string? Failure, ClaimsIdentity? Identity, OpenIdConnectConfiguration? Configuration, string? SigningKeyId);
