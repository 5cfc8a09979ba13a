using Microsoft.Extensions.Logging;

namespace Assistant.BotFramework.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "Connector {Method} to {Host} answered {Status}; retry {Retry} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string method, string host, int status, int retry, long delayMs);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Error, Message = "Connector {Method} to {Host} failed with {Status} after {Attempts} attempt(s)")]
    public static partial void Failed(ILogger logger, string method, string host, int status, int attempts);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Debug, Message = "Connector {Method} to {Host} answered {Status}")]
    public static partial void Sent(ILogger logger, string method, string host, int status);
}
