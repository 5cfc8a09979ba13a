using Assistant.Knowledge.Base;

namespace Assistant.Web.Hosting;

/// <summary>
/// Loads the knowledge base in the background once the host has started, then keeps watching the folder: the server
/// answers <c>/healthz</c> at once, <c>/readyz</c> says 503 until the knowledge is loaded, and the channels answer
/// 503 with Retry-After meanwhile (<see cref="Health.ReadinessGate"/>).
/// </summary>
internal sealed class KnowledgeStarter(KnowledgeBase knowledge, KnowledgeLoadGate gate) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loading = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loading = knowledge.StartInBackgroundAsync(gate.WaitAsync, _stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The container was disposed before the host stopped (test hosts do that); nothing is loading any more.
        }

        await _loading.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();
}

/// <summary>
/// What the background knowledge load waits for before it starts: nothing in a running host. Tests register one that
/// stays closed until they open it, to observe the host before its knowledge is loaded without relying on timing.
/// </summary>
internal sealed class KnowledgeLoadGate(Task? open = null)
{
    public Task WaitAsync(CancellationToken cancellationToken) => (open ?? Task.CompletedTask).WaitAsync(cancellationToken);
}
