using System.Net;
using System.Net.Sockets;

namespace Assistant.BotFramework.Tests.Support;

/// <summary>An HTTP server on a free loopback port that hands every request to <see cref="HandleAsync"/> (one at a time; a failing request does not stop it) until disposed.</summary>
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

            // One at a time, in arrival order (tests read the recorded order). A handler that fails (a client that gave up
            // mid-request: a typing indicator cancelled when its turn ended) loses that request only; before, it ended this
            // loop, and every later request of the test hung until the client's timeout.
            await ServeOneAsync(context);
        }
    }

    private async Task ServeOneAsync(HttpListenerContext context)
    {
        try
        {
            await HandleAsync(context);
        }
        catch (Exception)
        {
            try
            {
                context.Response.Abort();
            }
            catch (Exception)
            {
                // The connection is gone already.
            }
        }
    }
}
