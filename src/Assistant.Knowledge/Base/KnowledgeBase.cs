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
    private readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private KnowledgeSnapshot? _current;
    private volatile string _notLoaded = "the knowledge base is not loaded";
    private volatile bool _disposed;

    /// <summary>A knowledge base over the folder <paramref name="knowledgePath"/>; nothing is read before <see cref="Start"/>.</summary>
    /// <param name="knowledgePath">The knowledge folder (vacancies/, general/, …).</param>
    /// <param name="options">Watching and debounce settings (<see cref="KnowledgeOptions.Path"/> is not used).</param>
    /// <param name="time">The clock (timers, load timestamps).</param>
    /// <param name="loggerFactory">Optional logging.</param>
    /// <param name="disposeGrace">How long a replaced snapshot stays usable (default 10 s).</param>
    /// <param name="cacheFolder">The on-disk cache of what loading computes (<see cref="Cache.KnowledgeCache"/>), or null for none.</param>
    public KnowledgeBase(string knowledgePath, KnowledgeOptions options, TimeProvider time, ILoggerFactory? loggerFactory = null, TimeSpan? disposeGrace = null, string? cacheFolder = null)
    {
        _path = Path.GetFullPath(knowledgePath);
        _options = options;
        _time = time;
        _loader = KnowledgeLoader.CreateDefault(time, loggerFactory, cacheFolder);
        _logger = (ILogger?)loggerFactory?.CreateLogger<KnowledgeBase>() ?? NullLogger.Instance;
        _disposeGrace = disposeGrace ?? TimeSpan.FromSeconds(10);
    }

    /// <summary>Raised after a reload has swapped in a new snapshot (on a background thread).</summary>
    public event EventHandler<KnowledgeReloadedEventArgs>? Reloaded;

    /// <summary>The snapshot in use; read it once per request and use that object throughout.</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The knowledge base is not started.");

    /// <summary>The snapshot in use, or null before the first load has finished (or when it failed).</summary>
    public KnowledgeSnapshot? CurrentOrNull => Volatile.Read(ref _current);

    /// <summary>Why there is no snapshot yet ("the knowledge base is loading", the load failure), or null once there is one.</summary>
    public string? NotLoadedReason => CurrentOrNull is null ? _notLoaded : null;

    /// <summary>Completes when the first load has finished, whether it succeeded or failed (never faults).</summary>
    public Task FirstLoad => _firstLoad.Task;

    /// <summary>The knowledge folder.</summary>
    public string KnowledgePath => _path;

    /// <summary>The on-disk cache the loads go through, or null.</summary>
    public string? CacheFolder => _loader.Cache?.Folder;

    /// <summary>
    /// Loads the folder on a thread-pool thread and starts watching it when configured; <see cref="CurrentOrNull"/> stays
    /// null meanwhile and <see cref="NotLoadedReason"/> says so. A failure is logged and kept as the reason, never thrown.
    /// </summary>
    /// <param name="before">Awaited before loading starts (a host's start-up hook); null for none.</param>
    /// <param name="cancellationToken">Stops waiting for <paramref name="before"/>; a load in progress runs to its end.</param>
    public async Task StartInBackgroundAsync(Func<CancellationToken, Task>? before = null, CancellationToken cancellationToken = default)
    {
        _notLoaded = "the knowledge base is loading";
        try
        {
            if (before is not null)
            {
                await before(cancellationToken).ConfigureAwait(false);
            }

            await Task.Run(Start, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _notLoaded = ex is OperationCanceledException ? "the knowledge base was not loaded (the host is stopping)" : $"the knowledge base could not be loaded: {ex.Message}";
            if (ex is not OperationCanceledException)
            {
                LogStartFailed(ex, ex.Message);
            }

            _firstLoad.TrySetResult();
        }
    }

    /// <summary>Loads the folder (synchronously) and starts watching it when configured.</summary>
    public void Start()
    {
        try
        {
            StartCore();
        }
        finally
        {
            _firstLoad.TrySetResult();
        }
    }

    private void StartCore()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var started = _time.GetTimestamp();
        var snapshot = _loader.Load(_path);
        if (_disposed)
        {
            snapshot.Dispose();
            return;
        }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge could not be loaded: {Problem}")]
    private partial void LogStartFailed(Exception exception, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge reload failed, keeping the previous snapshot: {Problem}")]
    private partial void LogReloadFailed(Exception exception, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge folder watcher: {Problem}; reloading")]
    private partial void LogWatcherError(string problem);
}
