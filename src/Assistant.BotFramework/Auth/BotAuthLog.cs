using Microsoft.Extensions.Logging;

namespace Assistant.BotFramework.Auth;

internal static partial class BotAuthLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Bot request rejected: {Failure}")]
    public static partial void Rejected(ILogger logger, string failure);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Bot request accepted ({Kind})")]
    public static partial void Accepted(ILogger logger, string kind);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "OpenID metadata unavailable from {Url}")]
    public static partial void MetadataUnavailable(ILogger logger, string url, Exception exception);
}
