namespace Assistant.Web.Messages;

/// <summary>An invoke response body <c>{statusCode, type, value}</c> whose value is a message text.</summary>
public sealed record InvokeMessage(int StatusCode, string Type, string Value);
