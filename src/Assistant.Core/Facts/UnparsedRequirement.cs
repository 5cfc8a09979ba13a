namespace Assistant.Core.Facts;

/// <summary>
/// A requirement sentence no rule could evaluate. <see cref="Touches"/> lists the candidate facts it is about:
/// "diploma", "experience", "licence", "nationality", "language", "internal", "relation" (an exclusion of relatives or partners of
/// office holders) (empty when it is about none of them).
/// </summary>
public sealed record UnparsedRequirement(IReadOnlyList<string> Touches, Citation Citation);
