namespace Assistant.Web.DirectLine;

/// <summary>Log messages of the Direct Line endpoint; message text is never logged here.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Assistant:DirectLine:Secret is not set: a random secret was generated at start; only loopback clients may call /v3/directline/tokens/generate (allowed: {LoopbackAllowed})")]
    public static partial void SecretGenerated(ILogger logger, bool loopbackAllowed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line request rejected with {Status}: {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} closed")]
    public static partial void StreamClosed(ILogger logger, string conversationId);
}
