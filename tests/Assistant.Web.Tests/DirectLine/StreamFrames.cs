using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Assistant.Web.Tests.DirectLine;

/// <summary>Reads Direct Line stream frames from a WebSocket, as Web Chat does.</summary>
internal static class StreamFrames
{
    /// <summary>The activities of the next non-empty frame (empty frames are the server's pings).</summary>
    public static async Task<JsonElement[]> NextActivitiesAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length == 0)
            {
                continue;
            }

            using var frame = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
            return [.. frame.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone())];
        }
    }
}
