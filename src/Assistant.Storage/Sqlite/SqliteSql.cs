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

    /// <summary>
    /// Changes after the first schema, applied in order once each: the file's <c>PRAGMA user_version</c> is the number of
    /// migrations it has. A released migration is never edited; a change is a new one at the end.
    /// </summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: the turn of a transcript line, its answer's source and vacancy; votes on answers (no text).
        """
        ALTER TABLE transcript ADD COLUMN turn_id TEXT NULL;
        ALTER TABLE transcript ADD COLUMN source TEXT NULL;
        ALTER TABLE transcript ADD COLUMN vacancy_id TEXT NULL;
        CREATE INDEX IF NOT EXISTS ix_transcript_written_at ON transcript (written_at);
        CREATE INDEX IF NOT EXISTS ix_transcript_turn ON transcript (conversation_id, turn_id);
        CREATE TABLE IF NOT EXISTS feedback (
            turn_id TEXT NOT NULL PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            vote TEXT NOT NULL,
            intent TEXT NULL,
            source TEXT NULL,
            vacancy_id TEXT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_feedback_conversation ON feedback (conversation_id);
        """,
    ];

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
        DELETE FROM feedback WHERE conversation_id = $id;
        DELETE FROM transcript WHERE conversation_id = $id;
        DELETE FROM conversations WHERE id = $id;
        """;

    public const string Append = """
        INSERT INTO transcript (conversation_id, at_ticks, at_offset_minutes, role, text, intent, written_at, turn_id, source, vacancy_id)
        VALUES ($id, $atTicks, $atOffset, $role, $text, $intent, $now, $turnId, $source, $vacancyId);
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
        DELETE FROM feedback WHERE conversation_id IN (SELECT cid FROM purge_ids);
        DELETE FROM transcript WHERE conversation_id IN (SELECT cid FROM purge_ids);
        DELETE FROM conversations WHERE id IN (SELECT cid FROM purge_ids);
        SELECT COUNT(*) FROM purge_ids;
        """;

    /// <summary>
    /// A vote on the live conversation's assistant line of the turn, with that line's intent, source and vacancy; a second
    /// vote replaces the first (never one of another conversation). Nothing is inserted when there is no such line.
    /// </summary>
    public const string SaveFeedback = """
        INSERT INTO feedback (turn_id, conversation_id, vote, intent, source, vacancy_id, at)
        SELECT t.turn_id, t.conversation_id, $vote, t.intent, t.source, t.vacancy_id, $now FROM transcript t
        WHERE t.conversation_id = $id AND t.turn_id = $turnId AND t.role = 'assistant' AND t.written_at >= $cutoff
        ON CONFLICT (turn_id) DO UPDATE SET vote = excluded.vote, at = excluded.at WHERE feedback.conversation_id = excluded.conversation_id;
        """;

    /// <summary>Lines written since <c>$since</c> (a line written after the cutoff belongs to a live conversation).</summary>
    public const string InsightsTranscript = """
        SELECT at_ticks, at_offset_minutes, role, text, intent, conversation_id, turn_id, source, vacancy_id FROM transcript
        WHERE written_at >= MAX($since, $cutoff)
        ORDER BY seq;
        """;

    /// <summary>Votes given since <c>$since</c> on answers still stored.</summary>
    public const string InsightsFeedback = """
        SELECT f.turn_id, f.vote, f.at, f.intent, f.source, f.vacancy_id FROM feedback f
        WHERE f.at >= $since
          AND EXISTS (SELECT 1 FROM transcript t WHERE t.conversation_id = f.conversation_id AND t.turn_id = f.turn_id AND t.written_at >= $cutoff)
        ORDER BY f.at;
        """;

    /// <summary>Copies the write-ahead log into the database and truncates it (after a delete: no old page images left in the log).</summary>
    public const string Checkpoint = "PRAGMA wal_checkpoint(TRUNCATE);";

    public const string Probe = "SELECT COUNT(*) FROM conversations WHERE 0;";
}
