using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using static Assistant.Web.Tests.DirectLine.StreamFrames;

namespace Assistant.Web.Tests.DirectLine;

public sealed class DirectLineStreamTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private DirectLineClient Client => new(fixture.Host);

    [Fact]
    public async Task Stream_SendsWelcomeThenEchoAndAnswer_AndToleratesEmptyPings()
    {
        var (conversation, token, start) = await Client.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(start.GetProperty("streamUrl").GetString()!), timeout.Token);

        var welcome = await NextActivitiesAsync(socket, timeout.Token);
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, timeout.Token);
        await Client.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message(DirectLineClient.Question, "ws-1"));
        var received = new List<JsonElement>();
        while (received.Count < 2)
        {
            received.AddRange(await NextActivitiesAsync(socket, timeout.Token));
        }

        Assert.Equal("bot", Assert.Single(welcome).GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("ws-1", received[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Contains("14 december 2025", received[1].GetProperty("text").GetString());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [Fact]
    public async Task Stream_TokenOfAnotherConversation_IsRefused()
    {
        var (first, _, _) = await Client.StartAsync();
        var (_, secondToken, _) = await Client.StartAsync();
        var url = $"{DirectLineClient.BaseAddress(fixture.Host).Replace("http://", "ws://", StringComparison.Ordinal)}/v3/directline/conversations/{first}/stream?t={Uri.EscapeDataString(secondToken)}";
        using var socket = new ClientWebSocket();

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), CancellationToken.None));

        Assert.Contains("403", error.Message);
    }
}
