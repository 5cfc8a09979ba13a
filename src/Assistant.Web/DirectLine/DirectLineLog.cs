using Assistant.Web.Http;

namespace Assistant.Web.DirectLine;

/// <summary>Log messages of the Direct Line endpoint; message text is never logged here; values from a request are escaped (<see cref="LogText"/>).</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Assistant:DirectLine:Secret is not set, so a random one was made for this run. The chat page at / works; in Development, programs on this machine may also call /v3/directline/tokens/generate without a secret. Set Assistant:DirectLine:Secret for Direct Line clients elsewhere.")]
    public static partial void SecretGeneratedLoopbackAllowed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assistant:DirectLine:Secret is not set, so a random one was made for this run. The chat page at / works, but no other Direct Line client can get a token. Set Assistant:DirectLine:Secret to let them in.")]
    public static partial void SecretGenerated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assistant:DirectLine:SigningKey (and Assistant:DirectLine:Secret) are not set, so Direct Line tokens are signed with a random key made for this process: a token works only on this instance and stops working when it restarts, so behind a load balancer or after a deployment the chat breaks. Set Assistant:DirectLine:SigningKey to the same long random value on every instance.")]
    public static partial void RandomSigningKey(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    private static partial void LogConversationStarted(ILogger logger, string conversationId);

    public static void ConversationStarted(ILogger logger, string conversationId) => LogConversationStarted(logger, LogText.Escape(conversationId));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line request rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);

    public static void Rejected(ILogger logger, int status, string reason) => LogRejected(logger, status, LogText.Escape(reason));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} closed")]
    private static partial void LogStreamClosed(ILogger logger, string conversationId);

    public static void StreamClosed(ILogger logger, string conversationId) => LogStreamClosed(logger, LogText.Escape(conversationId));
}
