using System.Globalization;
using System.Text.Json;
using Assistant.BotFramework.Schema;
using Assistant.Web.Hosting;
using Assistant.Web.Messages;

namespace Assistant.Web.Http;

/// <summary>What every activity endpoint does first: read the body within the size limit, parse it, check type and text length; and the per-conversation rate limit.</summary>
public static class InboundActivity
{
    /// <summary>The parsed activity, or the problem (400/413) to answer with.</summary>
    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, WebOptions limits, bool requireConversation)
    {
        var body = await LimitedBody.ReadAsync(request, limits.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return (null, Problems.TooLarge($"The body is larger than {limits.MaxBodyBytes} bytes."));
        }

        if (ActivityGuard.MalformedText(body) is { } malformed)
        {
            return (null, Problems.BadRequest(malformed));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or NotSupportedException)
        {
            return (null, Problems.BadRequest("The body is not valid activity JSON."));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type) || (requireConversation && string.IsNullOrWhiteSpace(activity.Conversation?.Id)))
        {
            return (null, Problems.BadRequest(requireConversation ? "An activity needs a type and a conversation id." : "An activity needs a type."));
        }

        if (ActivityGuard.ControlCharacterIn(ActivityGuard.Ids(activity)) is { } field)
        {
            return (null, Problems.BadRequest($"The activity's {field} contains a control character."));
        }

        activity = ActivityGuard.DropNullEntries(activity);

        // The turn runs on the SDK's schema: what does not convert is refused here, not in the middle of the turn.
        try
        {
            _ = BotJson.FromDirectLine(activity);
        }
        catch (Exception ex) when (ex is JsonException or Newtonsoft.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return (null, Problems.BadRequest("The body is not valid activity JSON."));
        }

        return activity.Text?.Length > limits.MaxMessageChars
            ? (null, Problems.TooLarge($"The message text is longer than {limits.MaxMessageChars} characters."))
            : (activity, null);
    }

    /// <summary>
    /// The same checks for <c>/api/messages</c>, read into the SDK's activity (Newtonsoft, as the SDK's adapter reads it):
    /// the parsed activity, or the problem (400/413) to answer with.
    /// </summary>
    public static async Task<(Microsoft.Bot.Schema.Activity? Activity, IResult? Problem)> ReadBotActivityAsync(HttpRequest request, WebOptions limits)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        var body = await LimitedBody.ReadAsync(request, limits.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return (null, Problems.TooLarge($"The body is larger than {limits.MaxBodyBytes} bytes."));
        }

        if (ActivityGuard.MalformedText(body) is { } malformed)
        {
            return (null, Problems.BadRequest(malformed));
        }

        Microsoft.Bot.Schema.Activity? activity;
        try
        {
            activity = BotJson.Read(System.Text.Encoding.UTF8.GetString(body));
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or ArgumentException or FormatException or InvalidCastException or InvalidOperationException or OverflowException)
        {
            return (null, Problems.BadRequest("The body is not valid activity JSON."));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (null, Problems.BadRequest("An activity needs a type and a conversation id."));
        }

        if (ActivityGuard.ControlCharacterIn(ActivityGuard.Ids(activity)) is { } field)
        {
            return (null, Problems.BadRequest($"The activity's {field} contains a control character."));
        }

        ActivityGuard.DropNullEntries(activity);

        // A callerId is set by the adapter from the authentication, never taken from the wire.
        activity.CallerId = null;
        return activity.Text?.Length > limits.MaxMessageChars
            ? (null, Problems.TooLarge($"The message text is longer than {limits.MaxMessageChars} characters."))
            : (activity, null);
    }

    /// <summary>429 with Retry-After when the conversation sent too many messages, else null.</summary>
    public static IResult? Throttle(HttpContext http, ConversationRateLimiter limiter, string conversationKey)
    {
        if (limiter.TryAcquire(conversationKey) is not { } retryAfter)
        {
            return null;
        }

        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problems.Status(StatusCodes.Status429TooManyRequests, "Too many messages in this conversation; try again later.");
    }
}
