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
        DELETE FROM feedback WHERE conversation_id = @id;
        DELETE FROM transcript WHERE conversation_id = @id;
        DELETE FROM conversations WHERE id = @id;
        """;

    public const string Append = """
        INSERT INTO transcript (conversation_id, at_ticks, at_offset_minutes, role, text, intent, written_at, turn_id, source, vacancy_id)
        VALUES (@id, @atTicks, @atOffset, @role, @text, @intent, @now, @turnId, @source, @vacancyId);
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
        votes AS (DELETE FROM feedback WHERE conversation_id IN (SELECT cid FROM expired)),
        lines AS (DELETE FROM transcript WHERE conversation_id IN (SELECT cid FROM expired)),
        states AS (DELETE FROM conversations WHERE id IN (SELECT cid FROM expired))
        SELECT COUNT(*) FROM expired;
        """;

    /// <summary>
    /// A vote on the live conversation's assistant line of the turn, with that line's intent, source and vacancy; a second
    /// vote replaces the first (never one of another conversation). Nothing is inserted when there is no such line.
    /// </summary>
    public const string SaveFeedback = """
        INSERT INTO feedback (turn_id, conversation_id, vote, intent, source, vacancy_id, at)
        SELECT t.turn_id, t.conversation_id, @vote, t.intent, t.source, t.vacancy_id, @now FROM transcript t
        WHERE t.conversation_id = @id AND t.turn_id = @turnId AND t.role = 'assistant' AND t.written_at >= @cutoff
        ORDER BY t.seq DESC LIMIT 1
        ON CONFLICT (turn_id) DO UPDATE SET vote = excluded.vote, at = excluded.at WHERE feedback.conversation_id = excluded.conversation_id;
        """;

    /// <summary>Lines written since <c>@since</c> (a line written after the cutoff belongs to a live conversation).</summary>
    public const string InsightsTranscript = """
        SELECT at_ticks, at_offset_minutes, role, text, intent, conversation_id, turn_id, source, vacancy_id FROM transcript
        WHERE written_at >= GREATEST(@since, @cutoff)
        ORDER BY seq;
        """;

    /// <summary>Votes given since <c>@since</c> on answers still stored.</summary>
    public const string InsightsFeedback = """
        SELECT f.turn_id, f.vote, f.at, f.intent, f.source, f.vacancy_id FROM feedback f
        WHERE f.at >= @since
          AND EXISTS (SELECT 1 FROM transcript t WHERE t.conversation_id = f.conversation_id AND t.turn_id = f.turn_id AND t.written_at >= @cutoff)
        ORDER BY f.at;
        """;

    public const string Probe = "SELECT 1;";
}
