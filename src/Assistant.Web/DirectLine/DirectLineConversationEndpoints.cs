using System.Text.Json;
using Assistant.BotFramework.Schema;
using Assistant.Web.DirectLine.State;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>Start, reconnect and upload under <c>/v3/directline/conversations</c> (activities: <see cref="DirectLineActivityEndpoints"/>).</summary>
public static class DirectLineConversationEndpoints
{
    public static IEndpointRouteBuilder MapDirectLineConversations(this IEndpointRouteBuilder endpoints)
    {
        var prefix = DirectLineUrls.Prefix + "/conversations";
        endpoints.MapPost(prefix, StartAsync).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        endpoints.MapGet(prefix + "/{conversationId}", ReconnectAsync).RequireRateLimiting(ClientRateLimiting.PerConversationReads);
        endpoints.MapPost(prefix + "/{conversationId}/upload", UploadAsync);
        return endpoints;
    }

    /// <summary>
    /// Starts the token's conversation (or, with the secret, a new one) and sends the welcome once; 201 when it starts,
    /// 200 when it was already started.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpContext http, DirectLineAccess access, DirectLineConversations conversations, DirectLineTokens tokens, DirectLineTurns turns, IOptions<WebOptions> web)
    {
        var (caller, failure) = access.Authorize(http, null);
        if (failure is not null)
        {
            return failure;
        }

        var body = await LimitedBody.ReadAsync(http.Request, web.Value.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge($"The body is larger than {web.Value.MaxBodyBytes} bytes.");
        }

        (string? UserId, string? Locale, string? VacancyId) start;
        try
        {
            start = ReadStart(body);
        }
        catch (JsonException)
        {
            return Problems.BadRequest("The body is not valid JSON.");
        }

        var conversation = caller!.Token is { } claims
            ? await conversations.FindAsync(claims.ConversationId, http.RequestAborted)
            : await conversations.CreateAsync(start.UserId ?? DirectLineTokenEndpoints.NewUserId(), anonymous: false, http.RequestAborted);
        if (conversation is null)
        {
            return caller.Token is null
                ? Problems.Status(StatusCodes.Status503ServiceUnavailable, "Too many open conversations; try again later.")
                : Problems.Status(StatusCodes.Status404NotFound, "The conversation has ended.");
        }

        var started = conversation.Started;
        await turns.StartAsync(conversation, DirectLineUrls.ServiceUrl(http.Request), start.Locale, start.VacancyId, http.RequestAborted);
        var response = await IssueAsync(http, conversation, tokens, conversations, null);
        return Results.Json(response, ActivityJson.Options, statusCode: started ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    /// <summary>Reconnect: a new token and a stream URL that resumes after <c>watermark</c>.</summary>
    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, DirectLineAccess access, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        var (_, failure) = access.Authorize(http, conversationId);
        if (failure is not null)
        {
            return failure;
        }

        if (await conversations.FindAsync(conversationId, http.RequestAborted) is not { } conversation)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "The conversation has ended.");
        }

        if (DirectLineUrls.ParseWatermark(watermark) is not { } mark)
        {
            return Problems.BadRequest("The watermark is not a number.");
        }

        return Results.Json(await IssueAsync(http, conversation, tokens, conversations, string.IsNullOrEmpty(watermark) ? null : mark), ActivityJson.Options);
    }

    /// <summary>Uploads are not supported: 415 with a problem saying so (after the usual access checks).</summary>
    private static async Task<IResult> UploadAsync(HttpContext http, string conversationId, DirectLineAccess access, DirectLineConversations conversations)
    {
        var (_, failure) = access.Authorize(http, conversationId);
        if (failure is not null)
        {
            return failure;
        }

        return await conversations.FindAsync(conversationId, http.RequestAborted) is null
            ? Problems.Status(StatusCodes.Status404NotFound, "The conversation has ended.")
            : Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Uploads are not supported: send the question as text.");
    }

    private static async Task<DirectLineTokenResponse> IssueAsync(HttpContext http, DirectLineConversationInfo conversation, DirectLineTokens tokens, DirectLineConversations conversations, long? watermark)
    {
        var (token, claims) = tokens.Issue(conversation.Id, conversation.UserId);
        await conversations.KeepForAsync(conversation, claims.ExpiresAt, http.RequestAborted);
        return new DirectLineTokenResponse(conversation.Id, token, tokens.ExpiresInSeconds, DirectLineUrls.Stream(http.Request, conversation.Id, token, watermark));
    }

    /// <summary>The start body: <c>user.id</c>, <c>locale</c> and the page's <c>vacancyId</c> (a slug; the welcome names it).</summary>
    private static (string? UserId, string? Locale, string? VacancyId) ReadStart(byte[] body)
    {
        if (body.Length == 0)
        {
            return (null, null, null);
        }

        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, null, null);
        }

        var root = document.RootElement;
        var user = root.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object && u.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
        var locale = root.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        var vacancy = root.TryGetProperty("vacancyId", out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 and <= 120 } slug
            && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ? slug : null;
        return (string.IsNullOrEmpty(user) || user.Length > 256 ? null : user, string.IsNullOrEmpty(locale) ? null : locale, vacancy);
    }
}
