namespace Assistant.Tools.Profile;

/// <summary>An internal candidate's position: contract ("indefinite"), seniority in months and current level.</summary>
public sealed record InternalStatus(bool IsInternal, string? Contract = null, int? SeniorityMonths = null, string? Level = null);
