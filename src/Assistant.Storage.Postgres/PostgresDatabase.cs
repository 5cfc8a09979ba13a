using System.Net.Sockets;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Assistant.Storage.Postgres;

/// <summary>
/// One PostgreSQL database shared by every instance: a pooled <see cref="NpgsqlDataSource"/>, the migrations applied once
/// per process before the first use (under an advisory lock, so instances starting together apply each once), and every
/// failure of the server or the network turned into a <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class PostgresDatabase : IDisposable, IAsyncDisposable
{
    private readonly SemaphoreSlim _migrationLock = new(1, 1);
    private readonly SemaphoreSlim _scrubLock = new(1, 1);
    private long _scrubRequested;
    private long _scrubDone;
    private readonly ILogger _logger;
    private volatile bool _migrated;

    public PostgresDatabase(string connectionString, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Timeout"))
        {
            builder.Timeout = 5;
        }

        if (!builder.ContainsKey("Command Timeout"))
        {
            builder.CommandTimeout = 15;
        }

        ConnectionString = builder.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The connection string in force (with the default timeouts filled in).</summary>
    public string ConnectionString { get; }

    internal NpgsqlDataSource DataSource { get; }

    /// <summary>The schema version the migrations bring the database to.</summary>
    public static int SchemaVersion => PostgresMigrations.All[^1].Version;

    /// <summary>Applies the missing migrations (at most once per process, again after a failure); throws <see cref="StorageUnavailableException"/>.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => RunAsync(_ => Task.FromResult(true), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> on an open pooled connection after the migrations; server, network and timeout failures
    /// become <see cref="StorageUnavailableException"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await using var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (!_migrated)
            {
                await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return await work(connection).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            PostgresLog.Unavailable(_logger, ex.GetType().Name, Reason(ex));
            throw new StorageUnavailableException($"conversation store unavailable: {Reason(ex)}", ex);
        }
    }

    /// <summary>Whether <paramref name="ex"/> means the database cannot be used now (not a bug in a statement of ours).</summary>
    internal static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        PostgresException pg => pg.IsTransient || pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState == "53300",
        NpgsqlException => true,
        SocketException or IOException or TimeoutException => true,
        InvalidOperationException when ex.InnerException is NpgsqlException or SocketException or IOException => true,
        _ => false,
    };

    /// <summary>The tables that hold what a conversation said: its state, its transcript and its Direct Line activities.</summary>
    public static IReadOnlyList<string> ContentTables { get; } = ["conversations", "transcript", "directline_activities"];

    /// <summary>
    /// Rewrites <see cref="ContentTables"/> (<c>VACUUM FULL</c>) so rows deleted before this call ("vergeet mij", retention)
    /// are gone from the table files: a plain (auto)vacuum only marks their space free and leaves the bytes readable in the
    /// files until new rows happen to overwrite them. Each table is locked exclusively while it is rewritten (milliseconds
    /// for the sizes a retention period keeps); the lock is waited for at most 2 s (<c>lock_timeout</c>), so a busy table
    /// never stalls the turns behind it for longer. Calls that arrive while a rewrite runs share the next one. Never throws
    /// for the database's reasons: returns false (logged) when the rewrite could not be done, and the rows stay until the
    /// next one.
    /// </summary>
    public async Task<bool> ScrubDeletedRowsAsync(CancellationToken cancellationToken = default)
    {
        var generation = Interlocked.Increment(ref _scrubRequested);
        await _scrubLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Interlocked.Read(ref _scrubDone) >= generation)
            {
                return true;
            }

            var upTo = Interlocked.Read(ref _scrubRequested);
            await RunAsync(async connection =>
            {
                await using (var limit = new NpgsqlCommand("SET lock_timeout = '2s';", connection))
                {
                    await limit.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                try
                {
                    await using var vacuum = new NpgsqlCommand($"VACUUM (FULL) {string.Join(", ", ContentTables)};", connection) { CommandTimeout = 120 };
                    await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await using var reset = new NpgsqlCommand("RESET lock_timeout;", connection);
                    await reset.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                }

                return true;
            }, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _scrubDone, upTo);
            return true;
        }
        catch (Exception ex) when (ex is StorageUnavailableException or NpgsqlException && !cancellationToken.IsCancellationRequested)
        {
            PostgresLog.ScrubFailed(_logger, ex is PostgresException pg ? pg.SqlState : ex.GetType().Name);
            return false;
        }
        finally
        {
            _scrubLock.Release();
        }
    }

    private static string Reason(Exception ex) => ex is PostgresException pg ? $"{pg.SqlState} {pg.MessageText}" : ex.Message;

    private async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _migrationLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            var applied = await PostgresMigrations.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
            if (applied.Count > 0)
            {
                PostgresLog.Migrated(_logger, string.Join(", ", applied), SchemaVersion);
            }

            _migrated = true;
        }
        finally
        {
            _migrationLock.Release();
        }
    }

    public void Dispose()
    {
        DataSource.Dispose();
        _migrationLock.Dispose();
        _scrubLock.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        _migrationLock.Dispose();
        _scrubLock.Dispose();
    }
}
