using System.Text.Json.Serialization;

namespace Assistant.Web.Page;

/// <summary>What the page gets from <c>POST /api/webchat/token</c>: a Direct Line token bound to a new conversation, and the page vacancy (when well-formed).</summary>
public sealed record WebChatTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("vacancyId")] string? VacancyId);
