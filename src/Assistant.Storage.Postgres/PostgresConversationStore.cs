using Assistant.Core.Conversations;
using Assistant.Storage.Conversations;
using Assistant.Storage.Redaction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Assistant.Storage.Postgres;

/// <summary>
/// The conversation store on PostgreSQL, for several instances on one database: the same contract as the SQLite store
/// (optimistic concurrency per conversation, a turn's state and transcript lines in one transaction, retention by last
/// activity, transcripts redacted before they are written). Schema migrations are applied before the first use.
/// </summary>
public sealed class PostgresConversationStore : IConversationStore, IDisposable
{
    private readonly PostgresDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly TranscriptRedactor _redactor;
    private readonly ILogger _logger;

    public PostgresConversationStore(PostgresDatabase database, StorageOptions options, TimeProvider time, TranscriptRedactor? redactor = null, ILogger<PostgresConversationStore>? logger = null, bool ownsDatabase = false)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _ownsDatabase = ownsDatabase;
        _options = options;
        _time = time;
        _redactor = redactor ?? TranscriptRedactor.Default;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public Task<ConversationRecord?> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var clock = Clock();
        return _database.RunAsync(async connection =>
        {
            await using var command = Command(connection, null, PostgresSql.Load, conversationId, clock);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new ConversationRecord(conversationId, reader.GetString(0), reader.GetInt64(1), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero))
                : null;
        }, cancellationToken);
    }

    public Task<long> SaveAsync(string conversationId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default) =>
        SaveTurnAsync(conversationId, stateJson, expectedVersion, [], cancellationToken);

    public async Task<long> SaveTurnAsync(string conversationId, string stateJson, long expectedVersion, IReadOnlyList<TranscriptEntry> transcript, CancellationToken cancellationToken = default)
    {
        var lines = TranscriptValidation.PrepareTurn(conversationId, stateJson, expectedVersion, transcript, _redactor);

        var clock = Clock();
        var (saved, version) = await _database.RunAsync(async connection =>
        {
            await using var transaction = await LockedAsync(connection, conversationId, clock, cancellationToken).ConfigureAwait(false);
            (bool Saved, long Version) result;
            if (expectedVersion == 0)
            {
                await ClearIfExpiredAsync(connection, transaction, conversationId, clock, cancellationToken).ConfigureAwait(false);
                await using var insert = Command(connection, transaction, PostgresSql.Insert, conversationId, clock, stateJson);
                result = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
                    ? (true, 1)
                    : (false, await CurrentVersionAsync(connection, transaction, conversationId, clock, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                await using var update = Command(connection, transaction, PostgresSql.Update, conversationId, clock, stateJson);
                update.Parameters.AddWithValue("expected", expectedVersion);
                result = await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long stored
                    ? (true, stored)
                    : (false, await CurrentVersionAsync(connection, transaction, conversationId, clock, cancellationToken).ConfigureAwait(false));
            }

            if (!result.Saved)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }

            foreach (var (entry, text) in lines)
            {
                await InsertLineAsync(connection, transaction, entry, text, clock, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }, cancellationToken).ConfigureAwait(false);
        if (!saved)
        {
            PostgresLog.Conflict(_logger, expectedVersion, version);
            throw new ConcurrencyConflictException(conversationId, expectedVersion, version);
        }

        PostgresLog.Saved(_logger, conversationId, version);
        return version;
    }

    /// <summary>Deletes the state and transcript, then scrubs the deleted rows from the table files (<see cref="PostgresDatabase.ScrubDeletedRowsAsync"/>).</summary>
    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var clock = Clock();
        await _database.RunAsync(async connection =>
        {
            await using var transaction = await LockedAsync(connection, conversationId, clock, cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, transaction, PostgresSql.Delete, conversationId, clock);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            PostgresLog.Deleted(_logger, conversationId);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        await _database.ScrubDeletedRowsAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task AppendTranscriptAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        TranscriptValidation.Validate(entry);
        var text = _redactor.Redact(entry.Text);
        var clock = Clock();
        return _database.RunAsync(async connection =>
        {
            await using var transaction = await LockedAsync(connection, entry.ConversationId, clock, cancellationToken).ConfigureAwait(false);
            await ClearIfExpiredAsync(connection, transaction, entry.ConversationId, clock, cancellationToken).ConfigureAwait(false);
            await InsertLineAsync(connection, transaction, entry, text, clock, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var clock = Clock();
        return _database.RunAsync<IReadOnlyList<TranscriptEntry>>(async connection =>
        {
            await using var command = Command(connection, null, PostgresSql.ReadTranscript, conversationId, clock);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await TranscriptRows.ReadAsync(reader, conversationId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> SaveFeedbackAsync(string conversationId, string turnId, string vote, CancellationToken cancellationToken = default)
    {
        TranscriptValidation.ValidateFeedback(conversationId, turnId, vote);
        var clock = Clock();
        return _database.RunAsync(async connection =>
        {
            await using var transaction = await LockedAsync(connection, conversationId, clock, cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, transaction, PostgresSql.SaveFeedback, conversationId, clock);
            command.Parameters.AddWithValue("turnId", turnId);
            command.Parameters.AddWithValue("vote", vote);
            var saved = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return saved;
        }, cancellationToken);
    }

    public Task<InsightsRecords> ReadInsightsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var clock = Clock();
        return _database.RunAsync(async connection =>
        {
            IReadOnlyList<TranscriptEntry> lines;
            await using (var command = Command(connection, null, PostgresSql.InsightsTranscript, null, clock))
            {
                command.Parameters.AddWithValue("since", since.UtcTicks);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                lines = await TranscriptRows.ReadInsightsAsync(reader, cancellationToken).ConfigureAwait(false);
            }

            await using var votes = Command(connection, null, PostgresSql.InsightsFeedback, null, clock);
            votes.Parameters.AddWithValue("since", since.UtcTicks);
            await using var rows = await votes.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return new InsightsRecords(lines, await TranscriptRows.ReadFeedbackAsync(rows, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);
    }

    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var clock = Clock();
        var purged = await _database.RunAsync(async connection =>
        {
            await using var command = Command(connection, null, PostgresSql.Purge, null, clock);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken).ConfigureAwait(false);
        PostgresLog.Purged(_logger, purged, _options.RetentionDays);
        if (purged > 0)
        {
            await _database.ScrubDeletedRowsAsync(cancellationToken).ConfigureAwait(false);
        }

        return purged;
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _database.RunAsync(async connection =>
            {
                await using var command = Command(connection, null, PostgresSql.Probe, null, Clock());
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_ownsDatabase)
        {
            _database.Dispose();
        }
    }

    private (long Now, long Cutoff) Clock()
    {
        var now = _time.GetUtcNow().UtcTicks;
        return (now, now - _options.Retention.Ticks);
    }

    /// <summary>A transaction holding the conversation's advisory lock until it ends.</summary>
    private static async Task<NpgsqlTransaction> LockedAsync(NpgsqlConnection connection, string conversationId, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = Command(connection, transaction, PostgresSql.LockConversation, conversationId, clock);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<long> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string conversationId, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, PostgresSql.CurrentVersion, conversationId, clock);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long? ?? 0;
    }

    /// <summary>Removes what is left of an expired conversation with this id, so a write never revives expired state or lines.</summary>
    private static async Task ClearIfExpiredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string conversationId, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        long lastActivity;
        await using (var command = Command(connection, transaction, PostgresSql.LastActivity, conversationId, clock))
        {
            lastActivity = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long? ?? 0;
        }

        if (lastActivity > 0 && lastActivity < clock.Cutoff)
        {
            await using var delete = Command(connection, transaction, PostgresSql.Delete, conversationId, clock);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task InsertLineAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, TranscriptEntry entry, string redactedText, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, PostgresSql.Append, entry.ConversationId, clock);
        command.Parameters.AddWithValue("atTicks", entry.At.Ticks);
        command.Parameters.AddWithValue("atOffset", (int)entry.At.Offset.TotalMinutes);
        command.Parameters.AddWithValue("role", entry.Role);
        command.Parameters.AddWithValue("text", redactedText);
        command.Parameters.AddWithValue("intent", NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.Intent ?? DBNull.Value);
        command.Parameters.AddWithValue("turnId", NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.TurnId ?? DBNull.Value);
        command.Parameters.AddWithValue("source", NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.Source ?? DBNull.Value);
        command.Parameters.AddWithValue("vacancyId", NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.VacancyId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string? conversationId, (long Now, long Cutoff) clock, string? stateJson = null)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        if (conversationId is not null)
        {
            command.Parameters.AddWithValue("id", conversationId);
        }

        if (sql.Contains("@now", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("now", clock.Now);
        }

        if (sql.Contains("@cutoff", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("cutoff", clock.Cutoff);
        }

        if (stateJson is not null)
        {
            command.Parameters.AddWithValue("state", stateJson);
        }

        return command;
    }
}
