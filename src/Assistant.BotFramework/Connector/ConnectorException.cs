using System.Net;

namespace Assistant.BotFramework.Connector;

/// <summary>The connector refused a call: its status and the <c>{error: {code, message}}</c> it sent.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>HTTP status of the last attempt.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The connector's error code, e.g. <c>BadArgument</c>, when it sent one.</summary>
    public string? Code { get; }
}
