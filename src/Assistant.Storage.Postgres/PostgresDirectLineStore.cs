using Npgsql;

namespace Assistant.Storage.Postgres;

/// <summary>A Direct Line conversation as stored: who it is for, whether the welcome was sent, until when it lives (UTC ticks).</summary>
public sealed record DirectLineRow(string Id, string UserId, bool Started, long ExpiresAtTicks);

/// <summary>The caps of Direct Line conversations: all, anonymous ones, and idle since when (UTC ticks) one may be evicted.</summary>
public sealed record DirectLineBudget(long Max, long MaxAnonymous, long IdleBeforeTicks);

/// <summary>
/// Direct Line conversations, tokens' lifetimes and activities on PostgreSQL, so any instance serves any conversation.
/// Activities are opaque JSON (the web host's types), numbered per conversation (the number is the watermark); appending one
/// notifies <see cref="NotifyChannel"/> with the conversation id in the same transaction, which wakes the streams of every
/// instance (<see cref="PostgresNotifications"/>).
/// </summary>
public sealed class PostgresDirectLineStore(PostgresDatabase database)
{
    /// <summary>The LISTEN/NOTIFY channel of new Direct Line activities (payload: the conversation id).</summary>
    public const string NotifyChannel = "assistant_directline";

    /// <summary>
    /// Drops the expired conversations, then creates this one within <paramref name="budget"/>: an anonymous one only while
    /// fewer than <see cref="DirectLineBudget.MaxAnonymous"/> anonymous ones live, any while fewer than
    /// <see cref="DirectLineBudget.Max"/> live; at a cap the conversation idle longest (last active at or before
    /// <see cref="DirectLineBudget.IdleBeforeTicks"/>; only anonymous ones for an anonymous creator) is deleted first. Creations
    /// take turns (a transaction-scoped advisory lock), so instances do not overshoot the caps together.
    /// </summary>
    public Task<bool> CreateAsync(string id, string userId, long expiresAtTicks, long nowTicks, bool anonymous, DirectLineBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return database.RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var sweep = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@lock); DELETE FROM directline_conversations WHERE expires_at <= @now;", connection, transaction))
            {
                sweep.Parameters.AddWithValue("lock", CreateLockKey);
                sweep.Parameters.AddWithValue("now", nowTicks);
                await sweep.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (anonymous && await CountAsync(connection, transaction, anonymousOnly: true, cancellationToken).ConfigureAwait(false) >= budget.MaxAnonymous
                && !await EvictIdleAsync(connection, transaction, budget.IdleBeforeTicks, anonymousOnly: true, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            if (await CountAsync(connection, transaction, anonymousOnly: false, cancellationToken).ConfigureAwait(false) >= budget.Max
                && !await EvictIdleAsync(connection, transaction, budget.IdleBeforeTicks, anonymous, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            await using var insert = new NpgsqlCommand("""
                INSERT INTO directline_conversations (id, user_id, expires_at, anonymous, last_active) VALUES (@id, @user, @expires, @anonymous, @now);
                """, connection, transaction);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("user", userId);
            insert.Parameters.AddWithValue("expires", expiresAtTicks);
            insert.Parameters.AddWithValue("anonymous", anonymous);
            insert.Parameters.AddWithValue("now", nowTicks);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <summary>Creates the conversation unless <paramref name="maxConversations"/> live ones exist (no anonymous budget, no eviction).</summary>
    public Task<bool> CreateAsync(string id, string userId, long expiresAtTicks, long nowTicks, int maxConversations, CancellationToken cancellationToken = default) =>
        CreateAsync(id, userId, expiresAtTicks, nowTicks, anonymous: false, new DirectLineBudget(maxConversations, maxConversations, long.MinValue), cancellationToken);

    /// <summary>The advisory lock key that serialises conversation creation (any constant shared by all instances).</summary>
    private const long CreateLockKey = 0x5641_4341_4E43_5902;

    private static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool anonymousOnly, CancellationToken cancellationToken)
    {
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM directline_conversations WHERE @all OR anonymous;", connection, transaction);
        count.Parameters.AddWithValue("all", !anonymousOnly);
        return (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<bool> EvictIdleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long idleBeforeTicks, bool anonymousOnly, CancellationToken cancellationToken)
    {
        await using var evict = new NpgsqlCommand("""
            DELETE FROM directline_conversations WHERE id = (
                SELECT id FROM directline_conversations WHERE last_active <= @idle AND (@all OR anonymous) ORDER BY last_active LIMIT 1);
            """, connection, transaction);
        evict.Parameters.AddWithValue("idle", idleBeforeTicks);
        evict.Parameters.AddWithValue("all", !anonymousOnly);
        return await evict.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The conversation unless unknown or expired at <paramref name="nowTicks"/>.</summary>
    public Task<DirectLineRow?> FindAsync(string id, long nowTicks, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT user_id, started, expires_at FROM directline_conversations WHERE id = @id AND expires_at > @now;", connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("now", nowTicks);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new DirectLineRow(id, reader.GetString(0), reader.GetBoolean(1), reader.GetInt64(2))
                : null;
        }, cancellationToken);

    /// <summary>Keeps the conversation at least until <paramref name="untilTicks"/>.</summary>
    public Task ExtendAsync(string id, long untilTicks, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("UPDATE directline_conversations SET expires_at = GREATEST(expires_at, @until) WHERE id = @id;", connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("until", untilTicks);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Marks the conversation started; true only for the one caller (on any instance) that changed it.</summary>
    public Task<bool> TryStartAsync(string id, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("UPDATE directline_conversations SET started = true WHERE id = @id AND NOT started;", connection);
            command.Parameters.AddWithValue("id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    /// <summary>
    /// Appends the activity <paramref name="json"/> builds for its sequence number, keeps the newest <paramref name="capacity"/>,
    /// and notifies the instances, all in one transaction; null when the conversation does not exist.
    /// </summary>
    public Task<(long Sequence, string Json)?> AppendAsync(string id, Func<long, string> json, int capacity, CancellationToken cancellationToken = default) =>
        AppendAsync(id, 0, json, capacity, cancellationToken);

    /// <summary>As <see cref="AppendAsync(string, Func{long, string}, int, CancellationToken)"/>, and marks the conversation active at <paramref name="nowTicks"/>.</summary>
    public Task<(long Sequence, string Json)?> AppendAsync(string id, long nowTicks, Func<long, string> json, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        return database.RunAsync<(long, string)?>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            long sequence;
            await using (var next = new NpgsqlCommand("UPDATE directline_conversations SET last_seq = last_seq + 1, last_active = GREATEST(last_active, @now) WHERE id = @id RETURNING last_seq;", connection, transaction))
            {
                next.Parameters.AddWithValue("id", id);
                next.Parameters.AddWithValue("now", nowTicks);
                if (await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long value)
                {
                    return null;
                }

                sequence = value;
            }

            var text = json(sequence);
            await using var write = new NpgsqlCommand("""
                INSERT INTO directline_activities (conversation_id, seq, activity_json) VALUES (@id, @seq, @json);
                DELETE FROM directline_activities WHERE conversation_id = @id AND seq <= @seq - @capacity;
                SELECT pg_notify(@channel, @id);
                """, connection, transaction);
            write.Parameters.AddWithValue("id", id);
            write.Parameters.AddWithValue("seq", sequence);
            write.Parameters.AddWithValue("json", text);
            write.Parameters.AddWithValue("capacity", (long)capacity);
            write.Parameters.AddWithValue("channel", NotifyChannel);
            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (sequence, text);
        }, cancellationToken);
    }

    /// <summary>The activities after <paramref name="watermark"/> in order, and the conversation's last sequence number (0 when none or unknown).</summary>
    public Task<(IReadOnlyList<string> Activities, long Last)> SinceAsync(string id, long watermark, CancellationToken cancellationToken = default) =>
        database.RunAsync<(IReadOnlyList<string>, long)>(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                SELECT COALESCE((SELECT last_seq FROM directline_conversations WHERE id = @id), 0);
                SELECT activity_json FROM directline_activities WHERE conversation_id = @id AND seq > @watermark ORDER BY seq;
                """, connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("watermark", watermark);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var last = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            var activities = new List<string>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                activities.Add(reader.GetString(0));
            }

            return (activities, last);
        }, cancellationToken);

    /// <summary>
    /// Deletes every stored activity of the conversation ("vergeet mij"), then scrubs them from the table files
    /// (<see cref="PostgresDatabase.ScrubDeletedRowsAsync"/>); the numbering goes on, so watermarks stay valid.
    /// </summary>
    public async Task ForgetActivitiesAsync(string id, CancellationToken cancellationToken = default)
    {
        var deleted = await database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM directline_activities WHERE conversation_id = @id;", connection);
            command.Parameters.AddWithValue("id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            await database.ScrubDeletedRowsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
