using Npgsql;

namespace Assistant.Storage.Postgres;

/// <summary>
/// The schema, as numbered migrations applied in order and recorded in <c>schema_version</c>. A migration is never edited
/// once released: a change is a new one at the end. All of them run in one transaction under a cluster-wide advisory lock,
/// so two instances starting at once neither apply one twice nor see half a schema.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock key of the migrations (any constant shared by all instances).</summary>
    private const long LockKey = 0x5641_4341_4E43_5901;

    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> All =
    [
        (1, "conversation state and transcripts", """
            CREATE TABLE conversations (
                id text PRIMARY KEY,
                state_json text NOT NULL,
                version bigint NOT NULL,
                updated_at bigint NOT NULL
            );
            CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);
            CREATE TABLE transcript (
                seq bigserial PRIMARY KEY,
                conversation_id text NOT NULL,
                at_ticks bigint NOT NULL,
                at_offset_minutes integer NOT NULL,
                role text NOT NULL,
                text text NOT NULL,
                intent text NULL,
                written_at bigint NOT NULL
            );
            CREATE INDEX ix_transcript_conversation ON transcript (conversation_id, written_at);
            """),
        (2, "direct line conversations and activities", """
            CREATE TABLE directline_conversations (
                id text PRIMARY KEY,
                user_id text NOT NULL,
                started boolean NOT NULL DEFAULT false,
                expires_at bigint NOT NULL,
                last_seq bigint NOT NULL DEFAULT 0
            );
            CREATE INDEX ix_directline_conversations_expires_at ON directline_conversations (expires_at);
            CREATE TABLE directline_activities (
                conversation_id text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
                seq bigint NOT NULL,
                activity_json text NOT NULL,
                PRIMARY KEY (conversation_id, seq)
            );
            """),
        (3, "Direct Line budgets: anonymous conversations and idle eviction", """
            ALTER TABLE directline_conversations ADD COLUMN anonymous boolean NOT NULL DEFAULT false;
            ALTER TABLE directline_conversations ADD COLUMN last_active bigint NOT NULL DEFAULT 0;
            CREATE INDEX ix_directline_conversations_last_active ON directline_conversations (last_active);
            """),
        (4, "the turn of a transcript line with its answer's source and vacancy; votes on answers", """
            ALTER TABLE transcript ADD COLUMN turn_id text NULL;
            ALTER TABLE transcript ADD COLUMN source text NULL;
            ALTER TABLE transcript ADD COLUMN vacancy_id text NULL;
            CREATE INDEX ix_transcript_written_at ON transcript (written_at);
            CREATE INDEX ix_transcript_turn ON transcript (conversation_id, turn_id);
            CREATE TABLE feedback (
                turn_id text PRIMARY KEY,
                conversation_id text NOT NULL,
                vote text NOT NULL,
                intent text NULL,
                source text NULL,
                vacancy_id text NULL,
                at bigint NOT NULL
            );
            CREATE INDEX ix_feedback_conversation ON feedback (conversation_id);
            """),
    ];

    /// <summary>Applies the migrations the database lacks; returns their versions.</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({LockKey});", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """, cancellationToken).ConfigureAwait(false);
        long current;
        await using (var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, transaction))
        {
            current = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > All[^1].Version)
        {
            throw new InvalidOperationException($"The database's schema version {current} is newer than this build's {All[^1].Version}: run a newer build.");
        }

        var applied = new List<int>();
        foreach (var (version, name, sql) in All.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES ($1, $2);", connection, transaction);
            record.Parameters.AddWithValue(version);
            record.Parameters.AddWithValue(name);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
