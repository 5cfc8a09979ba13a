using System.Globalization;
using Assistant.BotFramework.Schema;
using Assistant.Web.DirectLine.State;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Assistant.Web.Messages;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>Polling, sending and the WebSocket stream of <c>/v3/directline/conversations/{id}</c>.</summary>
public static class DirectLineActivityEndpoints
{
    public static IEndpointRouteBuilder MapDirectLineActivities(this IEndpointRouteBuilder endpoints)
    {
        var prefix = DirectLineUrls.Prefix + "/conversations/{conversationId}";
        endpoints.MapGet(prefix + "/activities", PollAsync).RequireRateLimiting(ClientRateLimiting.PerConversationReads);
        endpoints.MapPost(prefix + "/activities", PostAsync);
        endpoints.MapGet(prefix + "/stream", StreamAsync).RequireRateLimiting(ClientRateLimiting.PerConversationReads);
        return endpoints;
    }

    /// <summary>The activities after <c>watermark</c> as <c>{activities, watermark}</c>.</summary>
    private static async Task<IResult> PollAsync(HttpContext http, string conversationId, string? watermark, DirectLineAccess access, DirectLineConversations conversations)
    {
        var (_, _, failure) = await OpenAsync(http, conversationId, access, conversations);
        if (failure is not null)
        {
            return failure;
        }

        if (DirectLineUrls.ParseWatermark(watermark) is not { } mark)
        {
            return Problems.BadRequest("The watermark is not a number.");
        }

        var (activities, last) = await conversations.SinceAsync(conversationId, mark, http.RequestAborted);
        return Results.Json(new ActivitySet(activities, last.ToString(CultureInfo.InvariantCulture)), ActivityJson.Options);
    }

    /// <summary>Stores the user's activity (echoed on the stream), runs the turn and returns <c>{id}</c>.</summary>
    private static async Task<IResult> PostAsync(
        HttpContext http, string conversationId, DirectLineAccess access, DirectLineConversations conversations, DirectLineTurns turns,
        ConversationRateLimiter limiter, IOptions<WebOptions> web)
    {
        var (caller, conversation, failure) = await OpenAsync(http, conversationId, access, conversations);
        if (failure is not null)
        {
            return failure;
        }

        var (activity, problem) = await InboundActivity.ReadAsync(http.Request, web.Value, requireConversation: false);
        if (activity is null)
        {
            return problem!;
        }

        if (InboundActivity.Throttle(http, limiter, $"{DirectLineTurns.ChannelId}:{conversationId}") is { } throttled)
        {
            return throttled;
        }

        var userId = caller!.Token?.UserId ?? activity.From?.Id ?? conversation!.UserId;
        return await turns.PostAsync(conversation!, activity, userId, DirectLineUrls.ServiceUrl(http.Request), http.RequestAborted) is { } id
            ? Results.Json(new ResourceResponse(id), ActivityJson.Options)
            : Problems.Status(StatusCodes.Status404NotFound, "The conversation has ended.");
    }

    /// <summary>The WebSocket at <c>streamUrl</c>: <c>{activities, watermark}</c> frames; the client's <c>""</c> pings are ignored.</summary>
    private static async Task<IResult> StreamAsync(HttpContext http, string conversationId, string? watermark, DirectLineAccess access, DirectLineConversations conversations, ILogger<DirectLineAccess> logger)
    {
        var (_, _, failure) = await OpenAsync(http, conversationId, access, conversations);
        if (failure is not null)
        {
            return failure;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return Problems.BadRequest("The stream is a WebSocket.");
        }

        if (DirectLineUrls.ParseWatermark(watermark) is not { } mark)
        {
            return Problems.BadRequest("The watermark is not a number.");
        }

        // A watermark beyond the last activity resumes from the last as of the handshake, so whatever is posted after the
        // client's connect has returned reaches it.
        var (_, last) = await conversations.SinceAsync(conversationId, long.MaxValue, http.RequestAborted);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await DirectLineStream.RunAsync(socket, conversations, conversationId, Math.Min(mark, last), http.RequestAborted);
        DirectLineLog.StreamClosed(logger, conversationId);
        return Results.Empty;
    }

    /// <summary>The caller and the live conversation, or a failure: 401/403 (access) or 404 (ended or unknown).</summary>
    private static async Task<(DirectLineCaller? Caller, DirectLineConversationInfo? Conversation, IResult? Failure)> OpenAsync(
        HttpContext http, string conversationId, DirectLineAccess access, DirectLineConversations conversations)
    {
        var (caller, failure) = access.Authorize(http, conversationId);
        if (failure is not null)
        {
            return (null, null, failure);
        }

        return await conversations.FindAsync(conversationId, http.RequestAborted) is { } conversation
            ? (caller, conversation, null)
            : (null, null, Problems.Status(StatusCodes.Status404NotFound, "The conversation has ended."));
    }
}
