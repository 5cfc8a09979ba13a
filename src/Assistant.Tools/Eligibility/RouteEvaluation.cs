using Assistant.Core.Facts;

namespace Assistant.Tools.Eligibility;

/// <summary>One admission route judged: "eligible", "conditional", "not-eligible" or "unknown", with its checks.</summary>
public sealed record RouteEvaluation(AdmissionRoute Route, string Outcome, IReadOnlyList<RequirementCheck> Checks)
{
    /// <summary>What the route would give if its unknowns turned out well.</summary>
    public string Potential => Checks.Any(c => c.Outcome == "condition") ? "conditional" : "eligible";
}
