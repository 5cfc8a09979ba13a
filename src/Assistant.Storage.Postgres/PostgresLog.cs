using Microsoft.Extensions.Logging;

namespace Assistant.Storage.Postgres;

/// <summary>The PostgreSQL stores' log messages. Conversation ids appear at Debug only; state and message text never.</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "PostgreSQL schema migrated: applied {Migrations}, now at version {Version}")]
    public static partial void Migrated(ILogger logger, string migrations, int version);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "PostgreSQL is unavailable ({Kind}): {Reason}")]
    public static partial void Unavailable(ILogger logger, string kind, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Saved conversation {ConversationId} at version {Version}")]
    public static partial void Saved(ILogger logger, string conversationId, long version);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Rejected a stale conversation save: expected version {ExpectedVersion}, stored version {ActualVersion}")]
    public static partial void Conflict(ILogger logger, long expectedVersion, long actualVersion);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Debug, Message = "Deleted conversation {ConversationId} and its transcript")]
    public static partial void Deleted(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Purged {Count} conversations not updated for more than {RetentionDays} days")]
    public static partial void Purged(ILogger logger, int count, int retentionDays);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "PostgreSQL notifications lost their connection ({Reason}); listening again in {DelayMs} ms")]
    public static partial void ListenerLost(ILogger logger, string reason, int delayMs);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Information, Message = "Listening for PostgreSQL notifications on {Channel}")]
    public static partial void Listening(ILogger logger, string channel);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Warning, Message = "Deleted conversation rows could not be scrubbed from the table files ({Reason}); the next forget or purge tries again")]
    public static partial void ScrubFailed(ILogger logger, string reason);
}
