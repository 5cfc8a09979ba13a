using Assistant.BotFramework.Connector;
using Assistant.BotFramework.Schema;
using Assistant.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Messages;

/// <summary>
/// Normal delivery: runs a turn, shows a typing indicator through the connector while a slow turn is prepared, then
/// sends every reply to the channel's connector (as a reply when it has a <c>replyToId</c>, else to the conversation).
/// </summary>
public sealed class ReplyDelivery(ConnectorClient connector, TypingThrottle typing, IOptions<WebOptions> options, TimeProvider time, ILogger<ReplyDelivery> logger)
{
    /// <summary>Runs <paramref name="turn"/> and delivers its replies; returns how many were sent.</summary>
    /// <exception cref="ConnectorException">The connector refused a reply.</exception>
    /// <exception cref="HttpRequestException">The connector could not be reached.</exception>
    public async Task<int> RunAsync(Activity incoming, Func<CancellationToken, Task<IReadOnlyList<Activity>>> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(turn);
        var replies = await TypingIndicator.AwaitAsync(
            incoming, turn(cancellationToken), TimeSpan.FromMilliseconds(options.Value.TypingAfterMilliseconds), ct => SendTypingAsync(incoming, ct), time, cancellationToken)
            .ConfigureAwait(false);
        foreach (var reply in replies)
        {
            await (reply.ReplyToId is { Length: > 0 } id
                ? connector.ReplyToActivityAsync(reply, id, cancellationToken)
                : connector.SendToConversationAsync(reply, cancellationToken)).ConfigureAwait(false);
        }

        return replies.Count;
    }

    /// <summary>One typing activity (at most one per conversation every 3 s); a failure is logged, never thrown.</summary>
    private async Task SendTypingAsync(Activity incoming, CancellationToken cancellationToken)
    {
        var key = ActivityHandler.ConversationKey(incoming);
        if (!typing.TryAcquire(key))
        {
            return;
        }

        try
        {
            await connector.SendToConversationAsync(incoming.CreateReply() with { Type = ActivityTypes.Typing }, cancellationToken).ConfigureAwait(false);
            MessagesLog.TypingSent(logger, key);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or InvalidOperationException)
        {
            MessagesLog.TypingFailed(logger, ex.GetType().Name, key);
        }
    }
}
