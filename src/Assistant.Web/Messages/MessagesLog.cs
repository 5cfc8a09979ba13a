using Assistant.Web.Http;

namespace Assistant.Web.Messages;

/// <summary>Log messages of the Bot Framework channel; message text is never logged here; values from a request are escaped (<see cref="LogText"/>).</summary>
internal static partial class MessagesLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Replies of conversation {ConversationId} could not be delivered to the connector at {ServiceHost} ({Failure})")]
    private static partial void LogDeliveryFailed(ILogger logger, string failure, string conversationId, string serviceHost);

    public static void DeliveryFailed(ILogger logger, string failure, string conversationId, string serviceHost) => LogDeliveryFailed(logger, LogText.Escape(failure), LogText.Escape(conversationId), LogText.Escape(serviceHost));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typing indicator sent in {ConversationId}")]
    private static partial void LogTypingSent(ILogger logger, string conversationId);

    public static void TypingSent(ILogger logger, string conversationId) => LogTypingSent(logger, LogText.Escape(conversationId));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Typing indicator in {ConversationId} could not be sent ({Failure})")]
    private static partial void LogTypingFailed(ILogger logger, string failure, string conversationId);

    public static void TypingFailed(ILogger logger, string failure, string conversationId) => LogTypingFailed(logger, LogText.Escape(failure), LogText.Escape(conversationId));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Teams activity from tenant {TenantId}: not in Assistant:Teams:AllowedTenants")]
    private static partial void LogTenantRefused(ILogger logger, string tenantId);

    public static void TenantRefused(ILogger logger, string tenantId) => LogTenantRefused(logger, LogText.Escape(tenantId));

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId}; an apology was sent")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId);

    public static void TurnFailed(ILogger logger, Exception exception, string conversationId) => LogTurnFailed(logger, exception, LogText.Escape(conversationId));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity of type {Type}")]
    private static partial void LogIgnored(ILogger logger, string type);

    public static void Ignored(ILogger logger, string type) => LogIgnored(logger, LogText.Escape(type));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected activity: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    public static void Rejected(ILogger logger, string reason) => LogRejected(logger, LogText.Escape(reason));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A vote could not be shown on its message (the channel refused the update)")]
    public static partial void VoteNotShown(ILogger logger, Exception exception);
}
