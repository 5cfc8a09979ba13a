using Assistant.Web.Http;

namespace Assistant.Web.DirectLine;

/// <summary>
/// Checks <c>Authorization: Bearer</c> (or the stream's <c>t</c> query parameter): none = 401; a wrong secret, a bad
/// or expired token, or a token of another conversation = 403.
/// </summary>
public sealed class DirectLineAccess(DirectLineSecret secret, DirectLineTokens tokens, ILogger<DirectLineAccess> logger)
{
    /// <summary>The caller, or a problem result; <paramref name="conversationId"/> null = no conversation in the path.</summary>
    public (DirectLineCaller? Caller, IResult? Failure) Authorize(HttpContext http, string? conversationId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var credential = Bearer(http) ?? http.Request.Query["t"].ToString();
        if (string.IsNullOrEmpty(credential))
        {
            return (null, Fail(StatusCodes.Status401Unauthorized, "A bearer token or secret is required."));
        }

        if (secret.Matches(credential))
        {
            return (new DirectLineCaller(true, null), null);
        }

        if (tokens.Validate(credential) is not { } claims)
        {
            return (null, Fail(StatusCodes.Status403Forbidden, "The token is invalid or expired."));
        }

        if (conversationId is not null && !string.Equals(conversationId, claims.ConversationId, StringComparison.Ordinal))
        {
            return (null, Fail(StatusCodes.Status403Forbidden, "The token is not valid for this conversation."));
        }

        return (new DirectLineCaller(false, claims), null);
    }

    /// <summary>Whether the caller may generate tokens: the secret, or loopback in development without a configured secret.</summary>
    public IResult? AuthorizeGenerate(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var credential = Bearer(http);
        if (credential is not null && secret.Matches(credential))
        {
            return null;
        }

        if (credential is null && secret.LoopbackMayGenerate && ClientAddress.IsLoopback(http))
        {
            return null;
        }

        return credential is null
            ? Fail(StatusCodes.Status401Unauthorized, "The Direct Line secret is required.")
            : Fail(StatusCodes.Status403Forbidden, "Only the Direct Line secret may generate tokens.");
    }

    /// <summary>Whether the request carries the Direct Line secret as its bearer.</summary>
    public bool HoldsSecret(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Bearer(http) is { } credential && secret.Matches(credential);
    }

    private static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string Prefix = "Bearer ";
        return header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && header.Length > Prefix.Length ? header[Prefix.Length..].Trim() : null;
    }

    private IResult Fail(int status, string reason)
    {
        DirectLineLog.Rejected(logger, status, reason);
        return Problems.Status(status, reason);
    }
}
