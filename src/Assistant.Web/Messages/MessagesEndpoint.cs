using Assistant.BotFramework.Auth;
using Assistant.BotFramework.Connector;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Rest;

namespace Assistant.Web.Messages;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework activity endpoint. Our own checks come first (body size 413, activity
/// shape 400, the token 401, the Teams tenant 403, rate limits 429), then the turn runs through the SDK's adapter and
/// <see cref="AssistantBot"/>: with <c>deliveryMode: expectReplies</c> the replies are the response
/// (<c>{"activities": [...]}</c>), an invoke is answered in the response body, otherwise the replies go through the SDK's
/// connector client to the activity's <c>serviceUrl</c> and the response is an empty 200 (502 when the connector refuses).
/// </summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<WebOptions> options,
        IOptions<TeamsOptions> teams,
        AssistantBotFrameworkAuthentication authentication,
        ConnectorServiceUrlTrust trust,
        ConversationRateLimiter conversationLimiter,
        AssistantAdapter adapter,
        AssistantBot bot,
        ILogger<AssistantBot> logger)
    {
        var (activity, problem) = await InboundActivity.ReadBotActivityAsync(http.Request, options.Value);
        if (activity is null)
        {
            return problem!;
        }

        var (authenticated, outcome) = await authentication.AuthenticateAsync(activity, http.Request.Headers.Authorization.ToString(), ClientAddress.IsLoopback(http), http.RequestAborted);
        if (authenticated is null)
        {
            return Problems.Status(StatusCodes.Status401Unauthorized, "The request is not authorized.");
        }

        if (activity.ChannelId == "msteams" && !teams.Value.Allows(ConversationKeys.TenantId(activity)))
        {
            MessagesLog.TenantRefused(logger, ConversationKeys.TenantId(activity) ?? "(none)");
            return Problems.Status(StatusCodes.Status403Forbidden, "This Teams tenant may not use the assistant.");
        }

        if (InboundActivity.Throttle(http, conversationLimiter, ConversationKeys.Of(activity)) is { } throttled)
        {
            return throttled;
        }

        var hasServiceUrl = ServiceUrlConnectorFactory.HasServiceUrl(activity.ServiceUrl);
        var inBody = activity.Type == ActivityTypes.Invoke || string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!inBody && !hasServiceUrl)
        {
            return AssistantBot.MayReply(activity)
                ? Problems.BadRequest("The activity needs an absolute http(s) serviceUrl for its replies (or deliveryMode \"expectReplies\").")
                : Results.Ok();
        }

        // Without authentication (development mode) the host must not be made to POST anywhere (probe finding 7): normal
        // delivery then goes only to a loopback service URL or one listed in Assistant:Connector:AllowedServiceUrls.
        if (outcome.Anonymous && !inBody && hasServiceUrl && !MayDeliverAnonymously(activity.ServiceUrl, trust))
        {
            MessagesLog.Rejected(logger, "an unauthenticated activity asked for delivery to a service URL that is neither loopback nor configured");
            return Problems.Status(StatusCodes.Status403Forbidden, "Without bot authentication, replies go only to a loopback or configured serviceUrl (or use deliveryMode \"expectReplies\").");
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            // An invoke is answered in the response body whatever its delivery mode (the SDK would return expectReplies'
            // buffered activities instead of the invoke's own response).
            activity.DeliveryMode = null;
        }

        if (!outcome.Anonymous && hasServiceUrl)
        {
            trust.Trust(activity.ServiceUrl);
        }

        InvokeResponse? response;
        try
        {
            response = await adapter.ProcessAsync(authenticated, activity, bot.OnTurnAsync, http.RequestAborted);
        }
        catch (Exception ex) when (ex is RestException or HttpRequestException or InvalidOperationException or UnauthorizedAccessException)
        {
            MessagesLog.DeliveryFailed(logger, ex.GetType().Name, ConversationKeys.Of(activity), hasServiceUrl ? new Uri(activity.ServiceUrl).Host : "(none)");
            return Problems.Status(StatusCodes.Status502BadGateway, "The reply could not be delivered to the channel's connector.");
        }

        return response is null ? Results.Ok() : BotJson.Result(response);
    }

    /// <summary>Whether an unauthenticated activity may have its replies POSTed to <paramref name="serviceUrl"/>: loopback or configured.</summary>
    public static bool MayDeliverAnonymously(string serviceUrl, ConnectorServiceUrlTrust trust)
    {
        ArgumentNullException.ThrowIfNull(trust);
        return Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.IsLoopback || trust.IsTrusted(uri));
    }
}
