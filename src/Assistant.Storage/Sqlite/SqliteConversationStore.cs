using Assistant.Core.Conversations;
using Assistant.Storage.Conversations;
using Assistant.Storage.Redaction;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Storage.Sqlite;

/// <summary>
/// The embedded conversation store: one SQLite file (<c>conversations.db</c> under <see cref="StorageOptions.DataPath"/>)
/// in WAL mode, a pooled connection per operation, the version check and the write in one statement or
/// immediate transaction so concurrent writers (threads or processes) never lose an update.
/// </summary>
public sealed class SqliteConversationStore : IConversationStore, IDisposable
{
    /// <summary>The database file's name inside the data folder.</summary>
    public const string FileName = "conversations.db";

    private readonly SqliteDatabase _database;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly TranscriptRedactor _redactor;
    private readonly ILogger _logger;

    public SqliteConversationStore(StorageOptions options, TimeProvider time, TranscriptRedactor? redactor = null, ILogger<SqliteConversationStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _redactor = redactor ?? TranscriptRedactor.Default;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _database = new SqliteDatabase(Path.Combine(options.DataPath, FileName));
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => _database.Path;

    public Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var clock = Clock();
        return RunAsync(async connection =>
        {
            await using var command = Command(connection, SqliteSql.Load, conversationId, clock);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new ConversationRecord(conversationId, reader.GetString(0), reader.GetInt64(1), FromTicks(reader.GetInt64(2)))
                : null;
        }, cancellationToken);
    }

    public Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default) =>
        SaveTurnAsync(conversationId, stateJson, expectedVersion, [], cancellationToken);

    public async Task<long> SaveTurnAsync(string conversationId, string stateJson, long expectedVersion, IReadOnlyList<TranscriptEntry> transcript, CancellationToken cancellationToken = default)
    {
        var lines = TranscriptValidation.PrepareTurn(conversationId, stateJson, expectedVersion, transcript, _redactor);

        var clock = Clock();
        var (saved, version) = await RunAsync(
            connection => SqliteWrites.SaveTurnAsync(connection, conversationId, stateJson, expectedVersion, lines, clock, cancellationToken),
            cancellationToken,
            write: true).ConfigureAwait(false);
        if (!saved)
        {
            _logger.Conflict(expectedVersion, version);
            throw new ConcurrencyConflictException(conversationId, expectedVersion, version);
        }

        _logger.Saved(conversationId, version);
        return version;
    }

    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var clock = Clock();
        return RunAsync(async connection =>
        {
            await using var command = Command(connection, SqliteSql.Delete, conversationId, clock);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            // The write-ahead log still holds the pages as they were before the delete: copy the log into the database (whose
            // freed cells secure_delete zeroed) and truncate it, so no copy of the conversation stays in any file.
            await using var checkpoint = Command(connection, SqliteSql.Checkpoint, null, clock);
            await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _logger.Deleted(conversationId);
            return true;
        }, cancellationToken, write: true);
    }

    public Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        TranscriptValidation.Validate(entry);
        var text = _redactor.Redact(entry.Text);
        var clock = Clock();
        return RunAsync(async connection =>
        {
            await SqliteWrites.AppendAsync(connection, entry, text, clock, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken, write: true);
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var clock = Clock();
        return RunAsync<IReadOnlyList<TranscriptEntry>>(async connection =>
        {
            await using var command = Command(connection, SqliteSql.ReadTranscript, conversationId, clock);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await TranscriptRows.ReadAsync(reader, conversationId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default)
    {
        TranscriptValidation.ValidateFeedback(conversationId, turnId, vote);
        var clock = Clock();
        return RunAsync(async connection =>
        {
            await using var command = Command(connection, SqliteSql.SaveFeedback, conversationId, clock);
            command.Parameters.AddWithValue("$turnId", turnId);
            command.Parameters.AddWithValue("$vote", vote);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }, cancellationToken, write: true);
    }

    public Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var clock = Clock();
        return RunAsync(async connection =>
        {
            IReadOnlyList<TranscriptEntry> lines;
            await using (var command = Command(connection, SqliteSql.InsightsTranscript, null, clock))
            {
                command.Parameters.AddWithValue("$since", since.UtcTicks);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                lines = await TranscriptRows.ReadInsightsAsync(reader, cancellationToken).ConfigureAwait(false);
            }

            await using var votes = Command(connection, SqliteSql.InsightsFeedback, null, clock);
            votes.Parameters.AddWithValue("$since", since.UtcTicks);
            await using var rows = await votes.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return new InsightsRecords(lines, await TranscriptRows.ReadFeedbackAsync(rows, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);
    }

    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var clock = Clock();
        var purged = await RunAsync(async connection =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, SqliteSql.Purge, null, clock);
            command.Transaction = transaction;
            var count = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }, cancellationToken, write: true).ConfigureAwait(false);
        _logger.Purged(purged, _options.RetentionDays);
        return purged;
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await RunAsync(async connection =>
            {
                await using var command = Command(connection, SqliteSql.Probe, null, Clock());
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            _logger.Unhealthy(ex.Message);
            return false;
        }
    }

    public void Dispose() => _database.Dispose();

    private Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken, bool write = false) =>
        _database.RunAsync(work, cancellationToken, write);

    private (long Now, long Cutoff) Clock()
    {
        var now = _time.GetUtcNow().UtcTicks;
        return (now, now - _options.Retention.Ticks);
    }

    private static DateTimeOffset FromTicks(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private static SqliteCommand Command(SqliteConnection connection, string sql, string? conversationId, (long Now, long Cutoff) clock)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (conversationId is not null)
        {
            command.Parameters.AddWithValue("$id", conversationId);
        }

        command.Parameters.AddWithValue("$now", clock.Now);
        command.Parameters.AddWithValue("$cutoff", clock.Cutoff);
        return command;
    }
}
