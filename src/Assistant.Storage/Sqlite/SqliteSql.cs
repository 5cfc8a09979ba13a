namespace Assistant.Storage.Sqlite;

/// <summary>
/// The SQL of the conversation store. Times are UTC ticks. A conversation's last activity is the later of its
/// state's last save and its latest transcript write; it has expired when that is before <c>$cutoff</c>.
/// </summary>
internal static class SqliteSql
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS conversations (
            id TEXT NOT NULL PRIMARY KEY,
            state_json TEXT NOT NULL,
            version INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_conversations_updated_at ON conversations (updated_at);
        CREATE TABLE IF NOT EXISTS transcript (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            at_ticks INTEGER NOT NULL,
            at_offset_minutes INTEGER NOT NULL,
            role TEXT NOT NULL,
            text TEXT NOT NULL,
            intent TEXT NULL,
            written_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_transcript_conversation ON transcript (conversation_id, written_at);
        """;

    private const string LatestTranscriptWrite =
        "COALESCE((SELECT MAX(t.written_at) FROM transcript t WHERE t.conversation_id = $id), 0)";

    private const string IsLive = "MAX(c.updated_at, " + LatestTranscriptWrite + ") >= $cutoff";

    public const string Load =
        "SELECT c.state_json, c.version, c.updated_at FROM conversations c WHERE c.id = $id AND " + IsLive + ";";

    public const string CurrentVersion =
        "SELECT c.version FROM conversations c WHERE c.id = $id AND " + IsLive + ";";

    public const string Update =
        "UPDATE conversations AS c SET state_json = $state, version = c.version + 1, updated_at = $now " +
        "WHERE c.id = $id AND c.version = $expected AND " + IsLive + " RETURNING version;";

    /// <summary>The conversation's last activity (0 when nothing is stored).</summary>
    public const string LastActivity =
        "SELECT MAX(COALESCE((SELECT c.updated_at FROM conversations c WHERE c.id = $id), 0), " + LatestTranscriptWrite + ");";

    public const string Insert =
        "INSERT INTO conversations (id, state_json, version, updated_at) VALUES ($id, $state, 1, $now) ON CONFLICT (id) DO NOTHING;";

    public const string Delete = """
        DELETE FROM transcript WHERE conversation_id = $id;
        DELETE FROM conversations WHERE id = $id;
        """;

    public const string Append = """
        INSERT INTO transcript (conversation_id, at_ticks, at_offset_minutes, role, text, intent, written_at)
        VALUES ($id, $atTicks, $atOffset, $role, $text, $intent, $now);
        """;

    public const string ReadTranscript = """
        SELECT at_ticks, at_offset_minutes, role, text, intent FROM transcript
        WHERE conversation_id = $id
          AND MAX(COALESCE((SELECT c.updated_at FROM conversations c WHERE c.id = $id), 0),
                  (SELECT MAX(t.written_at) FROM transcript t WHERE t.conversation_id = $id)) >= $cutoff
        ORDER BY seq;
        """;

    /// <summary>Collects the expired conversation ids, deletes their rows and returns how many there were.</summary>
    public const string Purge = """
        CREATE TEMP TABLE IF NOT EXISTS purge_ids (cid TEXT NOT NULL PRIMARY KEY);
        DELETE FROM purge_ids;
        INSERT INTO purge_ids (cid)
            SELECT cid FROM (
                SELECT id AS cid, updated_at AS at FROM conversations
                UNION ALL
                SELECT conversation_id, written_at FROM transcript)
            GROUP BY cid HAVING MAX(at) < $cutoff;
        DELETE FROM transcript WHERE conversation_id IN (SELECT cid FROM purge_ids);
        DELETE FROM conversations WHERE id IN (SELECT cid FROM purge_ids);
        SELECT COUNT(*) FROM purge_ids;
        """;

    /// <summary>Copies the write-ahead log into the database and truncates it (after a delete: no old page images left in the log).</summary>
    public const string Checkpoint = "PRAGMA wal_checkpoint(TRUNCATE);";

    public const string Probe = "SELECT COUNT(*) FROM conversations WHERE 0;";
}
