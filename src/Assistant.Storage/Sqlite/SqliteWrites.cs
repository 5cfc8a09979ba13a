using Assistant.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace Assistant.Storage.Sqlite;

/// <summary>The writes that must check and change in one step: starting a conversation, updating it at a known version, appending a line.</summary>
internal static class SqliteWrites
{
    /// <summary>
    /// A whole turn in one immediate transaction: the state (insert for version 0, else the conditional update) and the
    /// turn's transcript lines; on a conflict everything is rolled back and the stored version returned.
    /// </summary>
    public static async Task<(bool Saved, long Version)> SaveTurnAsync(
        SqliteConnection connection, string conversationId, string stateJson, long expectedVersion,
        IReadOnlyList<(TranscriptEntry Entry, string RedactedText)> lines, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = expectedVersion == 0
            ? await InsertAsync(connection, transaction, conversationId, stateJson, clock, cancellationToken).ConfigureAwait(false)
            : await UpdateAsync(connection, transaction, conversationId, stateJson, expectedVersion, clock, cancellationToken).ConfigureAwait(false);
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
    }

    /// <summary>
    /// Clears what is left of an expired conversation with this id, then inserts version 1 unless a live conversation
    /// exists, whose version is then returned as the conflict.
    /// </summary>
    private static async Task<(bool Saved, long Version)> InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, string stateJson, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        await ClearIfExpiredAsync(connection, transaction, conversationId, clock, cancellationToken).ConfigureAwait(false);
        var inserted = await NonQueryAsync(connection, transaction, SqliteSql.Insert, conversationId, clock, stateJson, cancellationToken).ConfigureAwait(false);
        if (inserted == 1)
        {
            return (true, 1);
        }

        var actual = await ScalarAsync(connection, transaction, SqliteSql.CurrentVersion, conversationId, clock, null, cancellationToken).ConfigureAwait(false);
        return (false, actual ?? 0);
    }

    /// <summary>
    /// Appends a transcript line in one immediate transaction; a line for an expired conversation first clears what
    /// is left of it, so writing never revives expired state or old lines.
    /// </summary>
    public static async Task AppendAsync(
        SqliteConnection connection, TranscriptEntry entry, string redactedText, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ClearIfExpiredAsync(connection, transaction, entry.ConversationId, clock, cancellationToken).ConfigureAwait(false);
        await InsertLineAsync(connection, transaction, entry, redactedText, clock, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertLineAsync(
        SqliteConnection connection, SqliteTransaction transaction, TranscriptEntry entry, string redactedText, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, SqliteSql.Append, entry.ConversationId, clock, null);
        command.Parameters.AddWithValue("$atTicks", entry.At.Ticks);
        command.Parameters.AddWithValue("$atOffset", (long)entry.At.Offset.TotalMinutes);
        command.Parameters.AddWithValue("$role", entry.Role);
        command.Parameters.AddWithValue("$text", redactedText);
        command.Parameters.AddWithValue("$intent", (object?)entry.Intent ?? DBNull.Value);
        command.Parameters.AddWithValue("$turnId", (object?)entry.TurnId ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", (object?)entry.Source ?? DBNull.Value);
        command.Parameters.AddWithValue("$vacancyId", (object?)entry.VacancyId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One conditional UPDATE: only the writer holding the stored version (of a live conversation) changes it.</summary>
    private static async Task<(bool Saved, long Version)> UpdateAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, string stateJson, long expectedVersion, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        await using (var update = Command(connection, transaction, SqliteSql.Update, conversationId, clock, stateJson))
        {
            update.Parameters.AddWithValue("$expected", expectedVersion);
            var version = await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (version is long saved)
            {
                return (true, saved);
            }
        }

        var actual = await ScalarAsync(connection, transaction, SqliteSql.CurrentVersion, conversationId, clock, null, cancellationToken).ConfigureAwait(false);
        return (false, actual ?? 0);
    }

    private static async Task ClearIfExpiredAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, (long Now, long Cutoff) clock, CancellationToken cancellationToken)
    {
        var lastActivity = await ScalarAsync(connection, transaction, SqliteSql.LastActivity, conversationId, clock, null, cancellationToken).ConfigureAwait(false);
        if (lastActivity is > 0 && lastActivity < clock.Cutoff)
        {
            await NonQueryAsync(connection, transaction, SqliteSql.Delete, conversationId, clock, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<long?> ScalarAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, string conversationId, (long Now, long Cutoff) clock, string? stateJson, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, conversationId, clock, stateJson);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
    }

    private static async Task<int> NonQueryAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, string conversationId, (long Now, long Cutoff) clock, string? stateJson, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, conversationId, clock, stateJson);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SqliteCommand Command(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, string conversationId, (long Now, long Cutoff) clock, string? stateJson)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$now", clock.Now);
        command.Parameters.AddWithValue("$cutoff", clock.Cutoff);
        command.Parameters.AddWithValue("$state", (object?)stateJson ?? DBNull.Value);
        return command;
    }
}
