using System.Text.Json.Serialization;

namespace Assistant.Web.DirectLine;

/// <summary>
/// The body of the token and conversation calls: <c>{conversationId, token, expires_in}</c>, plus <c>streamUrl</c>
/// for the conversation calls.
/// </summary>
public sealed record DirectLineTokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
