using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Assistant.Web.Messages;

/// <summary>
/// The SDK's <see cref="CloudAdapter"/> for <c>/api/messages</c>, entered after our own checks (size, shape, token,
/// tenant, rate limits) with the request's authentication result: it builds the turn context, the connector client
/// and the expectReplies/invoke response.
/// </summary>
public sealed class AssistantAdapter(BotFrameworkAuthentication authentication, ILogger<AssistantAdapter> logger) : CloudAdapter(authentication, logger)
{
    /// <summary>Runs the turn of an authenticated <paramref name="activity"/>; the invoke or expectReplies response, else null.</summary>
    public Task<InvokeResponse> ProcessAsync(AuthenticateRequestResult authentication, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authentication, activity, callback, cancellationToken);
}
