using System.ComponentModel.DataAnnotations;

namespace Assistant.Dialogs.Conversations;

/// <summary>Conversation settings (configuration section <c>Assistant:Conversations</c>).</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Assistant:Conversations";

    /// <summary>How long a candidate's profile facts (diploma, experience, scores) are kept after they last changed.</summary>
    [Range(1, 24 * 365)]
    public int ProfileRetentionHours { get; set; } = 24;

    /// <summary>
    /// How many times a turn is re-run after a concurrent update of the same conversation. Within one process turns of a
    /// conversation already take turns; conflicts come from other instances sharing the database, and each conflict means
    /// another instance saved a turn of that conversation. So this bounds how many turns of one conversation other
    /// instances may save while one turn waits (a burst of 50 messages over two instances needs at most 25).
    /// </summary>
    [Range(0, 200)]
    public int ConflictRetries { get; set; } = 50;
}
