namespace Assistant.Core.Conversations;

/// <summary>
/// A save was based on a version of the conversation that is no longer the stored one: another writer saved
/// first (or the conversation was deleted or expired). The caller reloads and retries; nothing was written.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(string conversationId, long expectedVersion, long actualVersion)
        : base($"Conversation '{conversationId}' was changed concurrently: expected version {expectedVersion}, stored version {actualVersion}.")
    {
        ConversationId = conversationId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    public ConcurrencyConflictException() { }

    public ConcurrencyConflictException(string message) : base(message) { }

    public ConcurrencyConflictException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The conversation that was saved.</summary>
    public string ConversationId { get; } = "";

    /// <summary>The version the writer based its change on (0: a new conversation).</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version stored when the save was attempted (0: none, or expired).</summary>
    public long ActualVersion { get; }
}
