namespace Assistant.Web.Messages;

/// <summary>Log messages of the Bot Framework channel; message text is never logged here.</summary>
internal static partial class MessagesLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Replies of conversation {ConversationId} could not be delivered to the connector at {ServiceHost} ({Failure})")]
    public static partial void DeliveryFailed(ILogger logger, string failure, string conversationId, string serviceHost);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typing indicator sent in {ConversationId}")]
    public static partial void TypingSent(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Typing indicator in {ConversationId} could not be sent ({Failure})")]
    public static partial void TypingFailed(ILogger logger, string failure, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Teams activity from tenant {TenantId}: not in Assistant:Teams:AllowedTenants")]
    public static partial void TenantRefused(ILogger logger, string tenantId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId}; an apology was sent")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity of type {Type}")]
    public static partial void Ignored(ILogger logger, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected activity: {Reason}")]
    public static partial void Rejected(ILogger logger, string reason);
}
