using System.Net;
using System.Net.Sockets;

namespace Assistant.BotFramework.Tests.Support;

/// <summary>An HTTP server on a free loopback port that hands every request to <see cref="HandleAsync"/> until disposed.</summary>
public abstract class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stop = new();

    protected LoopbackHttpServer()
    {
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl { get; }

    public virtual void Dispose()
    {
        stop.Cancel();
        listener.Close();
        stop.Dispose();
    }

    /// <summary>Answers one request (and closes the response).</summary>
    protected abstract Task HandleAsync(HttpListenerContext context);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }

            await HandleAsync(context);
        }
    }
}
