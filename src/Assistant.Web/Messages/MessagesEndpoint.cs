using System.Text.Json;
using Assistant.BotFramework.Auth;
using Assistant.BotFramework.Schema;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Messages;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework activity endpoint. Replies go back in the HTTP response as
/// <c>{"activities": [...]}</c> (the expectReplies shape); with another delivery mode they are returned the same way,
/// because no outbound connector client exists yet, and that is logged.
/// </summary>
public static class MessagesEndpoint
{
    private const string AdaptiveCardAction = "adaptiveCard/action";

    public static IEndpointRouteBuilder MapBotChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<WebOptions> options,
        BotTokenValidator validator,
        ConversationRateLimiter conversationLimiter,
        ActivityHandler handler,
        ILogger<ActivityHandler> logger)
    {
        var (activity, problem) = await InboundActivity.ReadAsync(http.Request, options.Value, requireConversation: true);
        if (activity is null)
        {
            return problem!;
        }

        var auth = await validator.ValidateAsync(http.Request.Headers.Authorization.ToString(), activity, ClientAddress.IsLoopback(http), http.RequestAborted);
        if (!auth.Succeeded)
        {
            return Problems.Status(StatusCodes.Status401Unauthorized, "The request is not authorized.");
        }

        if (InboundActivity.Throttle(http, conversationLimiter, ActivityHandler.ConversationKey(activity)) is { } throttled)
        {
            return throttled;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return await InvokeAsync(activity, handler, http.RequestAborted);
        }

        var replies = await handler.HandleAsync(activity, http.RequestAborted);
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!expectReplies && replies.Count > 0)
        {
            MessagesLog.OutboundNotConfigured(logger, replies.Count, ActivityHandler.ConversationKey(activity));
        }

        return expectReplies || replies.Count > 0
            ? Results.Json(new ExpectedReplies([.. replies]), ActivityJson.Options)
            : Results.Ok();
    }

    /// <summary>Action.Execute (<c>adaptiveCard/action</c>): <c>value.action.data.text</c> is answered like a message.</summary>
    private static async Task<IResult> InvokeAsync(Activity activity, ActivityHandler handler, CancellationToken cancellationToken)
    {
        if (!string.Equals(activity.Name, AdaptiveCardAction, StringComparison.Ordinal))
        {
            return Problems.Status(StatusCodes.Status501NotImplemented, "This invoke is not supported.");
        }

        var data = activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var d) ? d : (JsonElement?)null;
        if (ActivityHandler.StringAt(data, "text") is not { } text)
        {
            return Problems.BadRequest("adaptiveCard/action needs value.action.data.text.");
        }

        var reply = await handler.AnswerAsync(activity, text, cancellationToken);
        return Results.Json(new InvokeMessage(StatusCodes.Status200OK, "application/vnd.microsoft.activity.message", reply.Text ?? ""), ActivityJson.Options);
    }
}
