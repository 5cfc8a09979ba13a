using Assistant.Web.Http;

namespace Assistant.Web.Page;

/// <summary>Log messages of the page's backend.</summary>
internal static partial class PageLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The Direct Line service did not issue a Web Chat token: {Reason}")]
    private static partial void LogRemoteTokenFailed(ILogger logger, string reason);

    public static void RemoteTokenFailed(ILogger logger, string reason) => LogRemoteTokenFailed(logger, LogText.Escape(reason));
}
