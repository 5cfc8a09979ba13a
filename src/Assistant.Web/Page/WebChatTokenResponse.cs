using System.Text.Json.Serialization;

namespace Assistant.Web.Page;

/// <summary>
/// What the page gets from <c>POST /api/webchat/token</c>: a Direct Line token bound to a new conversation, and the page
/// vacancy when the knowledge base has it (its title and organisation for the page); <c>vacancyNotFound</c> when the
/// page named a vacancy that does not exist (any more). <c>domain</c> is the Direct Line service to use when it is not
/// this host's (see <see cref="WebChatOptions"/>).
/// </summary>
public sealed record WebChatTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("vacancyId")] string? VacancyId,
    [property: JsonPropertyName("vacancyTitle")] string? VacancyTitle = null,
    [property: JsonPropertyName("vacancyOrganisation")] string? VacancyOrganisation = null,
    [property: JsonPropertyName("vacancyNotFound")] bool VacancyNotFound = false,
    [property: JsonPropertyName("domain")] string? Domain = null);
