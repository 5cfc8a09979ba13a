using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace LoadClient;

/// <summary>
/// Reads a Direct Line conversation's WebSocket stream (<c>{activities, watermark}</c> frames) and completes the wait for
/// the bot's reply to a posted activity id, whether the reply arrives before or after the POST returned.
/// </summary>
internal sealed class DirectLineStreamReader : IDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly string _userId;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _replies = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    private DirectLineStreamReader(ClientWebSocket socket, string userId)
    {
        _socket = socket;
        _userId = userId;
        _ = Task.Run(ReadAsync);
    }

    public static async Task<DirectLineStreamReader> ConnectAsync(Uri streamUrl, string userId, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(streamUrl, cancellationToken);
            return new DirectLineStreamReader(socket, userId);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>True when the bot's reply to <paramref name="activityId"/> arrived within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForReplyAsync(string activityId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reply = _replies.GetOrAdd(activityId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await reply.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            _replies.TryRemove(activityId, out _);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                buffer.Advance(result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (buffer.WrittenCount > 0)
                {
                    Read(buffer.WrittenSpan);
                }

                buffer.ResetWrittenCount();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Every message from the bot that replies to an activity completes the wait for that activity.</summary>
    private void Read(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        using var json = JsonDocument.ParseValue(ref reader);
        if (!json.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.TryGetProperty("type", out var type) && type.GetString() == "message"
                && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } id
                && activity.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var fromId) && fromId.GetString() != _userId)
            {
                _replies.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }
    }
}
