namespace Assistant.Web.DirectLine;

/// <summary>Who calls: a holder of the secret (any conversation), or a token bound to one conversation and user.</summary>
public sealed record DirectLineCaller(bool IsSecret, TokenClaims? Token);
