namespace Assistant.Storage.Postgres;

/// <summary>
/// The SQL of the PostgreSQL conversation store, the same model as SQLite's: times are UTC ticks from the store's clock; a
/// conversation's last activity is the later of its state's last save and its latest transcript write, and it has expired
/// when that is before <c>@cutoff</c>. Every write of one conversation first takes a transaction-scoped advisory lock on
/// its id, so writers on any instance check and change it one at a time.
/// </summary>
internal static class PostgresSql
{
    public const string LockConversation = "SELECT pg_advisory_xact_lock(hashtextextended(@id, 0));";

    private const string LatestTranscriptWrite =
        "COALESCE((SELECT MAX(t.written_at) FROM transcript t WHERE t.conversation_id = @id), 0)";

    private const string IsLive = "GREATEST(c.updated_at, " + LatestTranscriptWrite + ") >= @cutoff";

    public const string Load =
        "SELECT c.state_json, c.version, c.updated_at FROM conversations c WHERE c.id = @id AND " + IsLive + ";";

    public const string CurrentVersion =
        "SELECT c.version FROM conversations c WHERE c.id = @id AND " + IsLive + ";";

    public const string Update =
        "UPDATE conversations AS c SET state_json = @state, version = c.version + 1, updated_at = @now " +
        "WHERE c.id = @id AND c.version = @expected AND " + IsLive + " RETURNING c.version;";

    /// <summary>The conversation's last activity (0 when nothing is stored).</summary>
    public const string LastActivity =
        "SELECT GREATEST(COALESCE((SELECT c.updated_at FROM conversations c WHERE c.id = @id), 0), " + LatestTranscriptWrite + ");";

    public const string Insert =
        "INSERT INTO conversations (id, state_json, version, updated_at) VALUES (@id, @state, 1, @now) ON CONFLICT (id) DO NOTHING;";

    public const string Delete = """
        DELETE FROM transcript WHERE conversation_id = @id;
        DELETE FROM conversations WHERE id = @id;
        """;

    public const string Append = """
        INSERT INTO transcript (conversation_id, at_ticks, at_offset_minutes, role, text, intent, written_at)
        VALUES (@id, @atTicks, @atOffset, @role, @text, @intent, @now);
        """;

    public const string ReadTranscript = """
        SELECT at_ticks, at_offset_minutes, role, text, intent FROM transcript
        WHERE conversation_id = @id
          AND GREATEST(COALESCE((SELECT c.updated_at FROM conversations c WHERE c.id = @id), 0),
                       (SELECT MAX(t.written_at) FROM transcript t WHERE t.conversation_id = @id)) >= @cutoff
        ORDER BY seq;
        """;

    /// <summary>Deletes the expired conversations' rows and returns how many conversations there were.</summary>
    public const string Purge = """
        WITH expired AS (
            SELECT cid FROM (
                SELECT id AS cid, updated_at AS at FROM conversations
                UNION ALL
                SELECT conversation_id, written_at FROM transcript) activity
            GROUP BY cid HAVING MAX(at) < @cutoff),
        lines AS (DELETE FROM transcript WHERE conversation_id IN (SELECT cid FROM expired)),
        states AS (DELETE FROM conversations WHERE id IN (SELECT cid FROM expired))
        SELECT COUNT(*) FROM expired;
        """;

    public const string Probe = "SELECT 1;";
}
