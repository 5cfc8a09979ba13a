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
        var work = turn(cancellationToken);
        var after = TimeSpan.FromMilliseconds(options.Value.TypingAfterMilliseconds);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var indicator = incoming.Type == ActivityTypes.Message && after > TimeSpan.Zero && !work.IsCompleted
            ? TypingWhileAsync(incoming, work, after, done.Token)
            : Task.CompletedTask;

        IReadOnlyList<Activity> replies;
        try
        {
            replies = await work.ConfigureAwait(false);
        }
        finally
        {
            await done.CancelAsync().ConfigureAwait(false);
            await indicator.ConfigureAwait(false);
        }

        foreach (var reply in replies)
        {
            await (reply.ReplyToId is { Length: > 0 } id
                ? connector.ReplyToActivityAsync(reply, id, cancellationToken)
                : connector.SendToConversationAsync(reply, cancellationToken)).ConfigureAwait(false);
        }

        return replies.Count;
    }

    /// <summary>Sends a typing activity when the turn is still running after <paramref name="after"/>, then every 3 s; never throws.</summary>
    private async Task TypingWhileAsync(Activity incoming, Task work, TimeSpan after, CancellationToken cancellationToken)
    {
        var key = ActivityHandler.ConversationKey(incoming);
        try
        {
            await TypingIndicator.WhileRunningAsync(work, after, async ct =>
            {
                if (typing.TryAcquire(key))
                {
                    await connector.SendToConversationAsync(incoming.CreateReply() with { Type = ActivityTypes.Typing }, ct).ConfigureAwait(false);
                    MessagesLog.TypingSent(logger, key);
                }
            }, time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or InvalidOperationException)
        {
            MessagesLog.TypingFailed(logger, ex.GetType().Name, key);
        }
    }
}
