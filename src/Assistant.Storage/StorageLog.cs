using Microsoft.Extensions.Logging;

namespace Assistant.Storage;

/// <summary>The stores' log messages. Conversation ids appear at Debug only; state and message text never.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Saved conversation {ConversationId} at version {Version}")]
    public static partial void Saved(this ILogger logger, string conversationId, long version);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Rejected a stale conversation save: expected version {ExpectedVersion}, stored version {ActualVersion}")]
    public static partial void Conflict(this ILogger logger, long expectedVersion, long actualVersion);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Deleted conversation {ConversationId} and its transcript")]
    public static partial void Deleted(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Purged {Count} conversations not updated for more than {RetentionDays} days")]
    public static partial void Purged(this ILogger logger, int count, int retentionDays);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Conversation store is not healthy: {Reason}")]
    public static partial void Unhealthy(this ILogger logger, string reason);
}
