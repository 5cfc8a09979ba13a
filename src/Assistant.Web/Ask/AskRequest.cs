namespace Assistant.Web.Ask;

/// <summary>The body of <c>POST /api/ask</c>.</summary>
public sealed record AskRequest(string? Question, string? Vacancy = null, DateTimeOffset? Now = null, string? Channel = null, string? Lang = null);
