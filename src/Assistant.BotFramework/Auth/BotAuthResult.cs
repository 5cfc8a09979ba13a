using System.Security.Claims;

namespace Assistant.BotFramework.Auth;

/// <summary>Outcome of validating an inbound request; <see cref="Failure"/> is safe to log.</summary>
public sealed record BotAuthResult(bool Succeeded, string? Failure, ClaimsIdentity? Identity, bool Anonymous)
{
    /// <summary>A rejected request.</summary>
    public static BotAuthResult Fail(string failure) => new(false, failure, null, false);

    /// <summary>An accepted anonymous request (development mode).</summary>
    public static BotAuthResult AnonymousOk() => new(true, null, new ClaimsIdentity(), true);

    /// <summary>An accepted authenticated request.</summary>
    public static BotAuthResult Ok(ClaimsIdentity identity) => new(true, null, identity, false);
}
