using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Knowledge.Base;

/// <summary>
/// The long-lived knowledge base: loads the knowledge folder at <see cref="Start"/>, then (when
/// <see cref="KnowledgeOptions.Watch"/> is on) watches it and, a quiet period after the last change, loads a
/// new snapshot in the background and swaps it in whole. A failed reload keeps the old snapshot. The old
/// snapshot is disposed only after a grace period, so callers that just read <see cref="Current"/> can finish.
/// </summary>
public sealed partial class KnowledgeBase : IDisposable
{
    private readonly string _path;
    private readonly KnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly KnowledgeLoader _loader;
    private readonly ILogger _logger;
    private readonly TimeSpan _disposeGrace;
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private readonly Lock _timerLock = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;
    private KnowledgeSnapshot? _current;
    private volatile bool _disposed;

    /// <summary>A knowledge base over the folder <paramref name="knowledgePath"/>; nothing is read before <see cref="Start"/>.</summary>
    /// <param name="knowledgePath">The knowledge folder (vacancies/, general/, …).</param>
    /// <param name="options">Watching and debounce settings (<see cref="KnowledgeOptions.Path"/> is not used).</param>
    /// <param name="time">The clock (timers, load timestamps).</param>
    /// <param name="loggerFactory">Optional logging.</param>
    /// <param name="disposeGrace">How long a replaced snapshot stays usable (default 10 s).</param>
    public KnowledgeBase(string knowledgePath, KnowledgeOptions options, TimeProvider time, ILoggerFactory? loggerFactory = null, TimeSpan? disposeGrace = null)
    {
        _path = Path.GetFullPath(knowledgePath);
        _options = options;
        _time = time;
        _loader = KnowledgeLoader.CreateDefault(time, loggerFactory);
        _logger = (ILogger?)loggerFactory?.CreateLogger<KnowledgeBase>() ?? NullLogger.Instance;
        _disposeGrace = disposeGrace ?? TimeSpan.FromSeconds(10);
    }

    /// <summary>Raised after a reload has swapped in a new snapshot (on a background thread).</summary>
    public event EventHandler<KnowledgeReloadedEventArgs>? Reloaded;

    /// <summary>The snapshot in use; read it once per request and use that object throughout.</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The knowledge base is not started.");

    /// <summary>The knowledge folder.</summary>
    public string KnowledgePath => _path;

    /// <summary>Loads the folder (synchronously) and starts watching it when configured.</summary>
    public void Start()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var started = _time.GetTimestamp();
        var snapshot = _loader.Load(_path);
        Volatile.Write(ref _current, snapshot);
        LogLoaded(snapshot.Vacancies.Count, snapshot.Errors.Count, _time.GetElapsedTime(started).TotalMilliseconds);
        if (_options.Watch)
        {
            _debounce = _time.CreateTimer(_ => _ = ReloadAfterChangeAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _watcher = new FileSystemWatcher(_path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Created += OnChanged;
            _watcher.Changed += OnChanged;
            _watcher.Deleted += OnChanged;
            _watcher.Renamed += OnChanged;
            _watcher.Error += (_, e) =>
            {
                LogWatcherError(e.GetException().Message);
                Schedule();
            };
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Loads a new snapshot now and swaps it in; on failure the current one stays and false is returned.</summary>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return false;
            }

            var started = _time.GetTimestamp();
            KnowledgeSnapshot snapshot;
            try
            {
                snapshot = await Task.Run(() => _loader.Load(_path), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogReloadFailed(ex, ex.Message);
                return false;
            }

            var elapsed = _time.GetElapsedTime(started);
            if (_disposed)
            {
                snapshot.Dispose();
                return false;
            }

            var old = Interlocked.Exchange(ref _current, snapshot);
            if (_disposed)
            {
                Interlocked.Exchange(ref _current, null)?.Dispose();
            }

            LogReloaded(snapshot.Vacancies.Count, snapshot.Errors.Count, elapsed.TotalMilliseconds);
            RetireLater(old);
            Reloaded?.Invoke(this, new KnowledgeReloadedEventArgs(snapshot, elapsed));
            return true;
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    /// <summary>Stops watching and disposes the current snapshot.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _watcher?.Dispose();
        lock (_timerLock)
        {
            _debounce?.Dispose();
        }

        Interlocked.Exchange(ref _current, null)?.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => Schedule();

    private void Schedule()
    {
        lock (_timerLock)
        {
            if (!_disposed)
            {
                _debounce?.Change(TimeSpan.FromMilliseconds(Math.Max(0, _options.ReloadDebounceMilliseconds)), Timeout.InfiniteTimeSpan);
            }
        }
    }

    private async Task ReloadAfterChangeAsync()
    {
        try
        {
            await ReloadAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogReloadFailed(ex, ex.Message);
        }
    }

    private void RetireLater(KnowledgeSnapshot? old)
    {
        if (old is null)
        {
            return;
        }

        ITimer? timer = null;
        timer = _time.CreateTimer(
            _ =>
            {
                old.Dispose();
                timer?.Dispose();
            },
            null,
            _disposeGrace,
            Timeout.InfiniteTimeSpan);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge loaded: {Vacancies} vacancies, {Errors} load errors in {Milliseconds:F0} ms")]
    private partial void LogLoaded(int vacancies, int errors, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge reloaded: {Vacancies} vacancies, {Errors} load errors in {Milliseconds:F0} ms")]
    private partial void LogReloaded(int vacancies, int errors, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge reload failed, keeping the previous snapshot: {Problem}")]
    private partial void LogReloadFailed(Exception exception, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge folder watcher: {Problem}; reloading")]
    private partial void LogWatcherError(string problem);
}
