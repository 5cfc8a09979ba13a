using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Assistant.BotFramework.Tests.Support;

namespace Assistant.BotFramework.Tests.Connector;

/// <summary>A scripted Bot Framework connector on loopback HTTP that records every request.</summary>
public sealed class ConnectorServer : LoopbackHttpServer
{
    private readonly ConcurrentQueue<ScriptedResponse> script = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers the next request with this; once the script is empty every answer is 200 <c>{"id":"sent-1"}</c>.</summary>
    public void Enqueue(int status, string body = "", params (string Name, string Value)[] headers) =>
        script.Enqueue(new ScriptedResponse(status, body, headers));

    protected override async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(
            context.Request.HttpMethod,
            context.Request.RawUrl ?? string.Empty,
            context.Request.Headers["Authorization"],
            context.Request.ContentType,
            body));

        var answer = script.TryDequeue(out var next) ? next : new ScriptedResponse(200, """{"id":"sent-1"}""", []);
        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
        }

        context.Response.Close();
    }

    private sealed record ScriptedResponse(int Status, string Body, (string Name, string Value)[] Headers);
}

public sealed record RecordedRequest(string Method, string RawUrl, string? Authorization, string? ContentType, string Body);
