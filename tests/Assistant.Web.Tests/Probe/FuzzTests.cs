using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Assistant.BotFramework.Tests.Connector;
using Assistant.Web.Tests.DirectLine;
using Assistant.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Web.Tests.Probe;

/// <summary>
/// Probe finding 3: no input produces a 5xx. 10,000 generated malformed requests (seeded, so every run sends the same) to
/// <c>/api/messages</c> and the Direct Line endpoint; none may be answered 5xx, no turn may fail (an apology logged as an
/// error), and the host still answers a real question on both channels afterwards. The replies of normal delivery go to a
/// loopback connector that accepts them (a 502 from a connector that is down is not about the input).
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 1313;
    private const int Requests = 10_000;

    [Fact]
    public async Task TenThousandMalformedRequests_NoneIs5xx_AndTheHostIsHealthyAfter()
    {
        using var connector = new ConnectorServer();
        var logs = new CapturingLoggerProvider();
        using var host = new WebHost(
            new Dictionary<string, string?>
            {
                ["Assistant:Web:PermitsPerIpPerMinute"] = "1000000",
                ["Assistant:Web:PermitsPerConversationPerMinute"] = "1000000",
                ["Assistant:Web:PollsPerConversationPerMinute"] = "1000000",
                ["Assistant:Web:TypingAfterMilliseconds"] = "0",
                ["Assistant:Storage:Provider"] = "memory",
            },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateClient();
        var directLine = new DirectLineClient(host);
        var live = new List<(string Id, string Token)>();
        for (var i = 0; i < 8; i++)
        {
            var (id, token, _) = await directLine.StartAsync();
            live.Add((id, token));
        }

        var input = new HostileInput(Seed);
        var plan = Enumerable.Range(0, Requests).Select(i => Plan(i, input, live, connector.BaseUrl + "/")).ToList();
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (call, cancellationToken) =>
        {
            using var request = call.Request();
            using var response = await client.SendAsync(request, cancellationToken);
            // 501 is the Bot Framework's answer to an invoke the bot does not implement (the protocol's, not a failure).
            if ((int)response.StatusCode >= 500 && !(response.StatusCode == HttpStatusCode.NotImplemented && call.Description.EndsWith("(invoke)", StringComparison.Ordinal)))
            {
                failures.Enqueue($"{call.Description} -> {(int)response.StatusCode}");
            }
        });

        // A few real WebSocket handshakes with hostile watermarks (the handshake failed on a huge watermark).
        foreach (var watermark in new[] { "9223372036854775807", "9223372036854775806", "4611686018427387904", "-1", "0" })
        {
            using var socket = new ClientWebSocket();
            var (id, token) = live[0];
            var url = DirectLineClient.BaseAddress(host).Replace("http", "ws", StringComparison.Ordinal) + $"/v3/directline/conversations/{id}/stream?watermark={watermark}&t={token}";
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                await socket.ConnectAsync(new Uri(url), timeout.Token);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (WebSocketException ex) when (!ex.Message.Contains("'5", StringComparison.Ordinal))
            {
                // 400 for a watermark that is not a number is fine; a 5xx status is reported by the message and fails below.
            }
            catch (WebSocketException ex)
            {
                failures.Enqueue($"stream watermark={watermark} -> {ex.Message}");
            }
        }

        var errors = logs.Lines.Where(l => l.Level >= LogLevel.Error).Select(l => $"{l.Category}: {l.Message} {Where(l.Exception)}").ToList();
        Assert.True(failures.IsEmpty, $"{failures.Count} requests were answered 5xx, e.g.:\n" + string.Join("\n", failures.Take(15)) + "\nerrors logged:\n" + string.Join("\n", errors.Distinct().Take(10)));
        Assert.True(errors.Count == 0, $"{errors.Count} errors were logged, e.g.:\n" + string.Join("\n", errors.Distinct().Take(10)));

        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var replies = await host.RepliesAsync(Activities.Message(Activities.NewConversation(), DirectLineClient.Question));
        Assert.Contains("14 december 2025", replies[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var (conversationId, conversationToken, _) = await directLine.StartAsync();
        var transcript = await directLine.PostAndPollAsync(conversationId, conversationToken);
        Assert.Contains(transcript.GetProperty("activities").EnumerateArray(), a => a.TryGetProperty("text", out var t) && t.GetString()!.Contains("14 december 2025", StringComparison.Ordinal));
    }

    /// <summary>One planned request: made up front from the seeded generator so the run is the same whatever the scheduling.</summary>
    private static Call Plan(int index, HostileInput input, List<(string Id, string Token)> live, string serviceUrl)
    {
        var (id, token) = live[input.Next(live.Count)];
        if (index % 2 == 0)
        {
            var body = input.Activity("fuzz-" + index, serviceUrl);
            var invoke = System.Text.Encoding.UTF8.GetString(body).Contains("\"invoke\"", StringComparison.Ordinal) ? " (invoke)" : "";
            return new Call("messages #" + index + invoke, () => Post("/api/messages", body, null));
        }

        switch (input.Next(10))
        {
            case < 5:
            {
                var body = input.Activity(id, serviceUrl);
                return new Call("directline post #" + index, () => Post($"/v3/directline/conversations/{id}/activities", body, "Bearer " + token));
            }

            case 5 or 6:
            {
                var watermark = input.Watermark();
                return new Call($"directline poll watermark={watermark}", () => Get($"/v3/directline/conversations/{id}/activities?watermark={watermark}", "Bearer " + token));
            }

            case 7:
            {
                var segment = input.PathSegment();
                var authorization = input.Authorization();
                var method = input.Next(3);
                return new Call($"directline path {segment[..Math.Min(20, segment.Length)]} #{index}", () => method switch
                {
                    0 => Get($"/v3/directline/conversations/{segment}/activities?watermark=1", authorization),
                    1 => Get($"/v3/directline/conversations/{segment}", authorization),
                    _ => Post($"/v3/directline/conversations/{segment}/activities", HelloBody, authorization),
                });
            }

            case 8:
            {
                var body = input.SmallBody();
                var path = input.Next(4) switch { 0 => "/v3/directline/tokens/generate", 1 => "/v3/directline/conversations", 2 => "/v3/directline/tokens/refresh", _ => "/api/webchat/token" };
                var authorization = input.Next(2) == 0 ? "Bearer " + token : input.Authorization();
                return new Call($"{path} #{index}", () => Post(path, body, authorization));
            }

            default:
            {
                var watermark = input.Watermark();
                var authorization = input.Next(2) == 0 ? "Bearer " + token : input.Authorization();
                return new Call($"stream (not a WebSocket) watermark={watermark}", () => Get($"/v3/directline/conversations/{id}/stream?watermark={watermark}", authorization));
            }
        }
    }

    /// <summary>The exception's type and the first frame of the stack (where it was thrown).</summary>
    private static string Where(Exception? exception) =>
        exception is null ? "" : $"{exception.GetType().Name} at {exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()} / {exception.StackTrace?.Split('\n').FirstOrDefault(f => f.Contains("Assistant.", StringComparison.Ordinal))?.Trim()}";

    private static readonly byte[] HelloBody = """{"type":"message","text":"hallo"}"""u8.ToArray();

    private static HttpRequestMessage Post(string path, byte[] body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    private static HttpRequestMessage Get(string path, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    private sealed record Call(string Description, Func<HttpRequestMessage> Request);
}
