namespace Assistant.Web.DirectLine;

/// <summary>What a Direct Line token says: the one conversation it opens, the user it speaks for, and until when.</summary>
public sealed record TokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
