using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Assistant.Storage.Postgres;

/// <summary>
/// One LISTEN connection per process on <see cref="PostgresDirectLineStore.NotifyChannel"/>: <see cref="NextAsync"/> gives a task
/// that completes at the next notification for a key (a conversation id). When the connection is lost, every waiter is woken
/// (it re-reads, so nothing is missed) and the listener connects again with a growing delay.
/// </summary>
public sealed class PostgresNotifications : IAsyncDisposable, IDisposable
{
    private readonly PostgresDatabase _database;
    private readonly string _channel;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _startGate = new();
    private Task? _loop;
    private bool _disposed;

    public PostgresNotifications(PostgresDatabase database, string channel = PostgresDirectLineStore.NotifyChannel, ILogger<PostgresNotifications>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _channel = channel;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Whether the LISTEN connection is up now.</summary>
    public bool Listening { get; private set; }

    /// <summary>A task completed by the next notification for <paramref name="key"/> (take it before reading, then await it).</summary>
    public Task NextAsync(string key)
    {
        EnsureStarted();
        return _waiters.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    /// <summary>Wakes the waiters of <paramref name="key"/> in this process (what a notification does).</summary>
    public void Wake(string key)
    {
        if (_waiters.TryRemove(key, out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    private void WakeAll()
    {
        foreach (var key in _waiters.Keys)
        {
            Wake(key);
        }
    }

    private void EnsureStarted()
    {
        if (_loop is not null)
        {
            return;
        }

        lock (_startGate)
        {
            _loop ??= Task.Run(() => ListenAsync(_stop.Token));
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        var delay = 250;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, e) => Wake(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{_channel}\";", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                Listening = true;
                PostgresLog.Listening(_logger, _channel);
                // Whatever happened while not listening is re-read by the woken waiters.
                WakeAll();
                delay = 250;
                while (!cancellationToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Whatever broke the connection (server gone, network, a failover), listen again: the streams depend on it.
                Listening = false;
                WakeAll();
                PostgresLog.ListenerLost(_logger, ex.Message, delay);
                try
                {
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = Math.Min(delay * 2, 5_000);
            }
        }
    }

    /// <summary>Stops listening (for containers disposed synchronously).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        WakeAll();
        _stop.Dispose();
    }
}
