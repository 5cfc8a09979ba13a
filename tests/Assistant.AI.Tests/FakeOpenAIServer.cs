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
            server.Requests.Enqueue(await reader.ReadToEndAsync(context.RequestAborted));
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

    public FakeOpenAIServer ThenText(string content) => Then(context => Json(context, Completion(
        $$"""{"role":"assistant","content":{{System.Text.Json.JsonSerializer.Serialize(content)}}}""", "stop")));

    public FakeOpenAIServer ThenToolCall(string name, string arguments) => Then(context => Json(context, Completion(
        $$$"""{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"{{{name}}}","arguments":{{{System.Text.Json.JsonSerializer.Serialize(arguments)}}}}}]}""", "tool_calls")));

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
