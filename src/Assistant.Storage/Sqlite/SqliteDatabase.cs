using Assistant.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace Assistant.Storage.Sqlite;

/// <summary>
/// The database file: its connection string (pooled), opening a connection with a busy timeout, creating the
/// folder and the schema once (WAL mode), and turning every failure of the file into a
/// <see cref="StorageUnavailableException"/>.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    /// <summary>How long a writer waits for another writer's lock before giving up.</summary>
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly SemaphoreSlim _schemaLock = new(1, 1);

    /// <summary>
    /// Writers of this process take turns here instead of in SQLite's lock: a writer that finds the file locked sleeps
    /// (SQLite's busy handler backs off in steps of milliseconds), which under many concurrent conversations costs far
    /// more than waiting for the one write ahead of it. Other processes still coordinate through SQLite's lock.
    /// </summary>
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _schemaReady;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Runs <paramref name="work"/> on a freshly opened connection (a <paramref name="write"/> after the writers ahead of it
    /// in this process); failures of the database become <see cref="StorageUnavailableException"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken, bool write = false)
    {
        if (write)
        {
            await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw Unavailable(ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(ex.Message, ex);
        }
        finally
        {
            if (write)
            {
                _writeGate.Release();
            }
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // synchronous = NORMAL is the usual WAL setting: committed turns survive a crash of the process; only a power
            // loss can drop the last ones, and no update is ever half-applied. It removes an fsync from every turn.
            // secure_delete: deleted rows ("vergeet mij", retention) are overwritten with zeros, not left readable in free pages.
            await ExecuteAsync(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;", cancellationToken).ConfigureAwait(false);
            if (!_schemaReady)
            {
                await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, SqliteSql.Schema, cancellationToken).ConfigureAwait(false);
            await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    /// <summary>
    /// Applies the migrations the file lacks (<c>user_version</c> counts the applied ones) in one immediate transaction, so
    /// two processes opening the file at once apply each once. A file newer than the build is refused.
    /// </summary>
    private static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "PRAGMA user_version;";
        var applied = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (applied > SqliteSql.Migrations.Count)
        {
            throw new InvalidOperationException($"The conversation database's schema version {applied} is newer than this build's {SqliteSql.Migrations.Count}: run a newer build.");
        }

        for (var i = applied; i < SqliteSql.Migrations.Count; i++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqliteSql.Migrations[i] + $"\nPRAGMA user_version = {i + 1};";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private StorageUnavailableException Unavailable(string reason, Exception inner)
    {
        // A broken file may be replaced or repaired: check the schema again and drop pooled connections to it.
        _schemaReady = false;
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        return new StorageUnavailableException($"conversation store unavailable: {reason} ({Path})", inner);
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _schemaLock.Dispose();
        _writeGate.Dispose();
    }
}
