using Assistant.Core.Facts;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// One requirement of a route checked against the profile: <see cref="Requirement"/> is "diploma", "diploma-field",
/// "experience", "test", "internal"; <see cref="Outcome"/> is "met", "not-met", "unknown" or "condition" (still to pass).
/// <see cref="Required"/> and <see cref="Given"/> are values for the answer text (e.g. 2 and 1 years).
/// </summary>
public sealed record RequirementCheck(string Requirement, string Outcome, Citation Citation)
{
    public string? Required { get; init; }
    public string? Given { get; init; }
    /// <summary>A caveat, e.g. "relevance" when the experience counts only if it is relevant.</summary>
    public string? Caveat { get; init; }
}
