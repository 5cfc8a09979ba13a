using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.AI.Tests;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on 127.0.0.1 (any path ending in <c>/chat/completions</c>, so both the
/// OpenAI and the Azure OpenAI connectors reach it), answering each request with the next step of its script.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    private const string StreamKey = "stream";

    private FakeOpenAIServer(WebApplication app) => _app = app;

    /// <summary>The request bodies received, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The paths requested, in order.</summary>
    public ConcurrentQueue<string> Paths { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            server.Requests.Enqueue(body);
            context.Items[StreamKey] = Streamed(body);
            server.Paths.Enqueue(context.Request.Path.Value ?? "");
            if (!context.Request.Path.Value!.EndsWith("/chat/completions", StringComparison.Ordinal) || !server._script.TryDequeue(out var step))
            {
                context.Response.StatusCode = 404;
                return;
            }

            await step(context);
        });
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Adds the next answers of the script.</summary>
    public FakeOpenAIServer Then(Func<HttpContext, Task> step)
    {
        _script.Enqueue(step);
        return this;
    }

    /// <summary>A text answer: one JSON completion, or, when the request asks for <c>stream: true</c>, server-sent chunks (the text in three deltas, then the finish reason and the usage).</summary>
    public FakeOpenAIServer ThenText(string content) => Then(context => IsStream(context)
        ? Sse(context, [.. Pieces(content, 3).Select((p, i) => Chunk(Delta(i == 0 ? "assistant" : null, p), null)), Chunk("{}", "stop"), UsageChunk], done: true)
        : Json(context, Completion($$"""{"role":"assistant","content":{{Js(content)}}}""", "stop")));

    /// <summary>A tool call: one JSON completion, or streamed as a name delta and the arguments in two deltas.</summary>
    public FakeOpenAIServer ThenToolCall(string name, string arguments) => Then(context => IsStream(context)
        ? Sse(context,
            [
                Chunk($$$"""{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"{{{name}}}","arguments":""}}]}""", null),
                .. Pieces(arguments, 2).Select(p => Chunk($$$"""{"tool_calls":[{"index":0,"function":{"arguments":{{{Js(p)}}}}}]}""", null)),
                Chunk("{}", "tool_calls"),
                UsageChunk,
            ], done: true)
        : Json(context, Completion(
            $$$"""{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"{{{name}}}","arguments":{{{Js(arguments)}}}}}]}""", "tool_calls")));

    /// <summary>
    /// A stream cut off midway: the first delta of <paramref name="content"/>, then either the connection dropped
    /// (<paramref name="abort"/>) or the response ended without a finish reason and without <c>[DONE]</c>.
    /// </summary>
    public FakeOpenAIServer ThenStreamCut(string content, bool abort) => Then(async context =>
    {
        await Sse(context, [Chunk(Delta("assistant", Pieces(content, 3)[0]), null)], done: false);
        if (abort)
        {
            context.Abort();
        }
    });

    /// <summary>A stream that starts (one delta) and then never goes on (until the client gives up).</summary>
    public FakeOpenAIServer ThenStreamStall(string content) => Then(async context =>
    {
        await Sse(context, [Chunk(Delta("assistant", Pieces(content, 3)[0]), null)], done: false);
        await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
    });

    private const string UsageChunk = """{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1767600000,"model":"fake","choices":[],"usage":{"prompt_tokens":120,"completion_tokens":15,"total_tokens":135}}""";

    private static bool IsStream(HttpContext context) => context.Items[StreamKey] is true;

    private static bool Streamed(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("stream", out var stream) && stream.ValueKind == System.Text.Json.JsonValueKind.True;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Js(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static string Delta(string? role, string content) =>
        role is null ? $$"""{"content":{{Js(content)}}}""" : $$"""{"role":"{{role}}","content":{{Js(content)}}}""";

    private static string Chunk(string delta, string? finish) =>
        $$$"""{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1767600000,"model":"fake","choices":[{"index":0,"delta":{{{delta}}},"finish_reason":{{{(finish is null ? "null" : "\"" + finish + "\"")}}}}]}""";

    /// <summary><paramref name="text"/> in <paramref name="n"/> pieces (the last takes the rest; none empty unless the text is).</summary>
    private static string[] Pieces(string text, int n)
    {
        var size = Math.Max(1, (int)Math.Ceiling(text.Length / (double)n));
        var pieces = Enumerable.Range(0, n).Select(i => i * size < text.Length ? text.Substring(i * size, Math.Min(size, text.Length - (i * size))) : "").Where(p => p.Length > 0).ToArray();
        return pieces.Length > 0 ? pieces : [""];
    }

    private static async Task Sse(HttpContext context, IEnumerable<string> events, bool done)
    {
        context.Response.ContentType = "text/event-stream";
        foreach (var e in events.Concat(done ? ["[DONE]"] : []))
        {
            await context.Response.WriteAsync("data: " + e + "\n\n");
            await context.Response.Body.FlushAsync();
        }
    }

    public FakeOpenAIServer ThenStatus(int status, string? retryAfter = null) => Then(async context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        await context.Response.WriteAsync("""{"error":{"message":"scripted","type":"server_error"}}""");
    });

    public FakeOpenAIServer ThenRaw(string body) => Then(context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    });

    /// <summary>Never answers (until the client gives up).</summary>
    public FakeOpenAIServer ThenHang() => Then(context => Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted));

    private static string Completion(string message, string finish) =>
        $$$"""{"id":"chatcmpl-1","object":"chat.completion","created":1767600000,"model":"fake","choices":[{"index":0,"message":{{{message}}},"finish_reason":"{{{finish}}}"}],"usage":{"prompt_tokens":120,"completion_tokens":15,"total_tokens":135}}""";

    private static Task Json(HttpContext context, string body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
