using System.Globalization;
using Assistant.BotFramework.Schema;
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
        endpoints.MapGet(prefix + "/activities", Poll).RequireRateLimiting(ClientRateLimiting.PerConversationReads);
        endpoints.MapPost(prefix + "/activities", PostAsync);
        endpoints.MapGet(prefix + "/stream", StreamAsync).RequireRateLimiting(ClientRateLimiting.PerConversationReads);
        return endpoints;
    }

    /// <summary>The activities after <c>watermark</c> as <c>{activities, watermark}</c>.</summary>
    private static IResult Poll(HttpContext http, string conversationId, string? watermark, DirectLineAccess access, DirectLineConversations conversations)
    {
        if (Open(http, conversationId, access, conversations, out _) is { } failure)
        {
            return failure;
        }

        if (DirectLineUrls.ParseWatermark(watermark) is not { } mark)
        {
            return Problems.BadRequest("The watermark is not a number.");
        }

        var (activities, last, _) = conversations.Find(conversationId)!.Since(mark);
        return Results.Json(new ActivitySet(activities, last.ToString(CultureInfo.InvariantCulture)), ActivityJson.Options);
    }

    /// <summary>Stores the user's activity (echoed on the stream), runs the turn and returns <c>{id}</c>.</summary>
    private static async Task<IResult> PostAsync(
        HttpContext http, string conversationId, DirectLineAccess access, DirectLineConversations conversations, DirectLineTurns turns,
        ConversationRateLimiter limiter, IOptions<WebOptions> web)
    {
        if (Open(http, conversationId, access, conversations, out var caller) is { } failure)
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

        var conversation = conversations.Find(conversationId)!;
        var userId = caller!.Token?.UserId ?? activity.From?.Id ?? conversation.UserId;
        var id = await turns.PostAsync(conversation, activity, userId, DirectLineUrls.ServiceUrl(http.Request), http.RequestAborted);
        return Results.Json(new ResourceResponse(id), ActivityJson.Options);
    }

    /// <summary>The WebSocket at <c>streamUrl</c>: <c>{activities, watermark}</c> frames; the client's <c>""</c> pings are ignored.</summary>
    private static async Task<IResult> StreamAsync(HttpContext http, string conversationId, string? watermark, DirectLineAccess access, DirectLineConversations conversations, ILogger<DirectLineAccess> logger)
    {
        if (Open(http, conversationId, access, conversations, out _) is { } failure)
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

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await DirectLineStream.RunAsync(socket, conversations.Find(conversationId)!, mark, http.RequestAborted);
        DirectLineLog.StreamClosed(logger, conversationId);
        return Results.Empty;
    }

    /// <summary>Null when the caller may use the live conversation; else 401/403 (access) or 404 (ended or unknown).</summary>
    private static IResult? Open(HttpContext http, string conversationId, DirectLineAccess access, DirectLineConversations conversations, out DirectLineCaller? caller)
    {
        (caller, var failure) = access.Authorize(http, conversationId);
        if (failure is not null)
        {
            return failure;
        }

        return conversations.Find(conversationId) is null ? Problems.Status(StatusCodes.Status404NotFound, "The conversation has ended.") : null;
    }
}
