namespace Assistant.Web.Health;

/// <summary>The body of <c>/readyz</c>: <c>{status, reason}</c>.</summary>
public sealed record ReadyStatus(string Status, string? Reason);
