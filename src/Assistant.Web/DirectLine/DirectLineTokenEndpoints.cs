using System.Text.Json;
using Assistant.BotFramework.Schema;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary><c>POST /v3/directline/tokens/generate</c> (the secret) and <c>POST /v3/directline/tokens/refresh</c> (a token).</summary>
public static class DirectLineTokenEndpoints
{
    public static IEndpointRouteBuilder MapDirectLineTokens(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(DirectLineUrls.Prefix + "/tokens/generate", GenerateAsync).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        endpoints.MapPost(DirectLineUrls.Prefix + "/tokens/refresh", RefreshAsync);
        return endpoints;
    }

    /// <summary>Reserves a conversation and returns a token bound to it; body <c>{user: {id}, trustedOrigins}</c> is optional.</summary>
    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineAccess access, DirectLineConversations conversations, DirectLineTokens tokens, IOptions<WebOptions> web)
    {
        if (access.AuthorizeGenerate(http) is { } failure)
        {
            return failure;
        }

        var body = await LimitedBody.ReadAsync(http.Request, web.Value.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge($"The body is larger than {web.Value.MaxBodyBytes} bytes.");
        }

        string? userId;
        try
        {
            userId = UserId(body);
        }
        catch (JsonException)
        {
            return Problems.BadRequest("The body is not valid JSON.");
        }

        // Without a secret (loopback in development) the conversation counts as anonymous.
        if (await conversations.CreateAsync(userId ?? NewUserId(), anonymous: !access.HoldsSecret(http), http.RequestAborted) is not { } conversation)
        {
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, "Too many open conversations; try again later.");
        }

        var (token, claims) = tokens.Issue(conversation.Id, conversation.UserId);
        await conversations.KeepForAsync(conversation, claims.ExpiresAt, http.RequestAborted);
        return Results.Json(new DirectLineTokenResponse(conversation.Id, token, tokens.ExpiresInSeconds), ActivityJson.Options);
    }

    /// <summary>A fresh token for the same conversation and user.</summary>
    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineAccess access, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        var (caller, failure) = access.Authorize(http, null);
        if (failure is not null)
        {
            return failure;
        }

        if (caller!.Token is not { } current)
        {
            return Problems.BadRequest("Refresh needs a token, not the secret.");
        }

        if (await conversations.FindAsync(current.ConversationId, http.RequestAborted) is not { } conversation)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "The conversation has ended.");
        }

        var (token, claims) = tokens.Issue(conversation.Id, current.UserId);
        await conversations.KeepForAsync(conversation, claims.ExpiresAt, http.RequestAborted);
        return Results.Json(new DirectLineTokenResponse(conversation.Id, token, tokens.ExpiresInSeconds), ActivityJson.Options);
    }

    /// <summary>A new anonymous user id.</summary>
    internal static string NewUserId() => "dl_" + Guid.NewGuid().ToString("N");

    private static string? UserId(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object
            && user.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= 256 } value
            ? value
            : null;
    }
}
