namespace Assistant.Web.Messages;

/// <summary>Log messages of the Bot Framework channel; message text is never logged here.</summary>
internal static partial class MessagesLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound sending is not configured: {Count} replies to {ConversationId} returned in the HTTP response only")]
    public static partial void OutboundNotConfigured(ILogger logger, int count, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId}; an apology was sent")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity of type {Type}")]
    public static partial void Ignored(ILogger logger, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected activity: {Reason}")]
    public static partial void Rejected(ILogger logger, string reason);
}
