using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Assistant.BotFramework.Schema;

namespace Assistant.Web.DirectLine;

/// <summary>
/// Pushes a conversation's activities to a WebSocket as <c>{activities, watermark}</c> frames until either side closes or the
/// conversation ends. It wakes on the conversation's change signal (on PostgreSQL a notification from any instance) and, in
/// case a signal was lost, re-reads every <see cref="RecheckInterval"/>.
/// </summary>
public static class DirectLineStream
{
    /// <summary>How often an idle stream checks its conversation anyway (a lost notification, an expiry).</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(WebSocket socket, DirectLineConversations conversations, string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(conversations);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = ReceiveUntilCloseAsync(socket, stop.Token);
        var ended = false;
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var changed = conversations.State.NextChange(conversationId);
                if (await conversations.FindAsync(conversationId, stop.Token).ConfigureAwait(false) is null)
                {
                    ended = true;
                    break;
                }

                var (activities, last) = await conversations.SinceAsync(conversationId, watermark, stop.Token).ConfigureAwait(false);
                if (activities.Count > 0)
                {
                    var frame = JsonSerializer.SerializeToUtf8Bytes(new ActivitySet(activities, last.ToString(CultureInfo.InvariantCulture)), ActivityJson.Options);
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, stop.Token).ConfigureAwait(false);
                }

                // (Also when nothing was sent: a watermark beyond the last activity resumes from the last.)
                watermark = last;
                using var recheck = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                var woke = await Task.WhenAny(changed, receiving, Task.Delay(RecheckInterval, recheck.Token)).ConfigureAwait(false);
                await recheck.CancelAsync().ConfigureAwait(false);
                if (woke == receiving)
                {
                    break;
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var status = ended ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure;
                await socket.CloseOutputAsync(status, null, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or Assistant.Core.Conversations.StorageUnavailableException)
        {
            // The client went away, or the store did (the client reconnects with its watermark).
            if (ex is Assistant.Core.Conversations.StorageUnavailableException && socket.State == WebSocketState.Open)
            {
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "store unavailable", CancellationToken.None).ConfigureAwait(false);
                }
                catch (WebSocketException)
                {
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await receiving.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }
    }

    /// <summary>Reads (and drops) what the client sends, pings included, until it closes.</summary>
    private static async Task ReceiveUntilCloseAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }
}
