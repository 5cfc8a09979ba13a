using System.Text.Json;
using Assistant.BotFramework.Auth;
using Assistant.BotFramework.Connector;
using Assistant.BotFramework.Schema;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Messages;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework activity endpoint. With <c>deliveryMode: expectReplies</c> the replies are
/// returned in the response as <c>{"activities": [...]}</c>; otherwise they are sent to the channel's connector at the
/// activity's <c>serviceUrl</c> (with a typing indicator for slow turns) and the response is an empty 200. Invokes are
/// answered in the response body.
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
        IOptions<TeamsOptions> teams,
        BotTokenValidator validator,
        ConversationRateLimiter conversationLimiter,
        ActivityHandler handler,
        IServiceProvider services,
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

        if (activity.ChannelId == "msteams" && !teams.Value.Allows(TenantId(activity)))
        {
            MessagesLog.TenantRefused(logger, TenantId(activity) ?? "(none)");
            return Problems.Status(StatusCodes.Status403Forbidden, "This Teams tenant may not use the assistant.");
        }

        if (InboundActivity.Throttle(http, conversationLimiter, ActivityHandler.ConversationKey(activity)) is { } throttled)
        {
            return throttled;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return await InvokeAsync(activity, handler, http.RequestAborted);
        }

        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            var replies = await handler.HandleAsync(activity, http.RequestAborted);
            return Results.Json(new ExpectedReplies([.. replies]), ActivityJson.Options);
        }

        var hasServiceUrl = Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp);
        if (!hasServiceUrl)
        {
            return ActivityHandler.MayReply(activity)
                ? Problems.BadRequest("The activity needs an absolute http(s) serviceUrl for its replies (or deliveryMode \"expectReplies\").")
                : Results.Ok();
        }

        var connector = services.GetRequiredService<ConnectorClient>();
        if (!auth.Anonymous)
        {
            connector.TrustServiceUrl(activity.ServiceUrl!);
        }

        try
        {
            await services.GetRequiredService<ReplyDelivery>().RunAsync(activity, ct => handler.HandleAsync(activity, ct), http.RequestAborted);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or InvalidOperationException)
        {
            MessagesLog.DeliveryFailed(logger, ex.GetType().Name, ActivityHandler.ConversationKey(activity), serviceUrl!.Host);
            return Problems.Status(StatusCodes.Status502BadGateway, "The reply could not be delivered to the channel's connector.");
        }

        return Results.Ok();
    }

    /// <summary>The Teams tenant of an activity: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? TenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && ActivityHandler.StringAt(tenant, "id") is { } id
            ? id
            : activity.Conversation?.TenantId;
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
