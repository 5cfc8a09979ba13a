using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Assistant.BotFramework.Schema;

namespace Assistant.Web.DirectLine;

/// <summary>Pushes a conversation's activities to a WebSocket as <c>{activities, watermark}</c> frames until either side closes.</summary>
public static class DirectLineStream
{
    public static async Task RunAsync(WebSocket socket, DirectLineConversation conversation, long watermark, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(conversation);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = ReceiveUntilCloseAsync(socket, stop.Token);
        try
        {
            while (socket.State == WebSocketState.Open && !conversation.Ended)
            {
                var (activities, last, changed) = conversation.Since(watermark);
                if (activities.Count > 0)
                {
                    var frame = JsonSerializer.SerializeToUtf8Bytes(new ActivitySet(activities, last.ToString(CultureInfo.InvariantCulture)), ActivityJson.Options);
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, stop.Token).ConfigureAwait(false);
                }

                // (Also when nothing was sent: a watermark beyond the last activity resumes from the last.)
                watermark = last;

                if (await Task.WhenAny(changed, receiving).ConfigureAwait(false) == receiving)
                {
                    break;
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var status = conversation.Ended ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure;
                await socket.CloseOutputAsync(status, null, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away.
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
