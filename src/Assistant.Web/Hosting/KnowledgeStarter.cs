using Assistant.Knowledge.Base;

namespace Assistant.Web.Hosting;

/// <summary>
/// Loads the knowledge base in the background once the host has started, then keeps watching the folder: the server
/// answers <c>/healthz</c> at once, <c>/readyz</c> says 503 until the knowledge is loaded, and the channels answer
/// 503 with Retry-After meanwhile (<see cref="Health.ReadinessGate"/>). A missing knowledge folder, or one without any
/// vacancy, is logged as an error naming the full path it tried (a published app or a container started without its
/// knowledge would otherwise only show up as an unready <c>/readyz</c>).
/// </summary>
internal sealed partial class KnowledgeStarter(KnowledgeBase knowledge, KnowledgeLoadGate gate, ILogger<KnowledgeStarter> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loading = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(knowledge.KnowledgePath);
        if (!Directory.Exists(path))
        {
            LogMissing(logger, path, Directory.GetCurrentDirectory());
        }

        _loading = LoadAsync(path);
        return Task.CompletedTask;
    }

    private async Task LoadAsync(string path)
    {
        await knowledge.StartInBackgroundAsync(gate.WaitAsync, _stopping.Token).ConfigureAwait(false);
        try
        {
            if (Directory.Exists(path) && knowledge.Current.Vacancies.Count == 0)
            {
                LogEmpty(logger, path, knowledge.Current.Errors.Count);
            }
        }
        catch (InvalidOperationException)
        {
            // Not loaded (the load failed or the host is stopping): the knowledge base logged why.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The knowledge folder {Path} does not exist (working directory {WorkingDirectory}): no vacancy can be answered. Set Assistant:Knowledge:Path or put the knowledge folder there.")]
    private static partial void LogMissing(ILogger logger, string path, string workingDirectory);

    [LoggerMessage(Level = LogLevel.Error, Message = "The knowledge folder {Path} holds no vacancy ({Errors} load errors): no vacancy can be answered. Put vacancy documents in its vacancies/ folder.")]
    private static partial void LogEmpty(ILogger logger, string path, int errors);

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
