using Assistant.Core.Facts;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The verdict over every admission route: "eligible", "conditional", "not-eligible" or "need-info";
/// <see cref="Route"/> is the route that decided it, <see cref="Missing"/> the facts still needed (for need-info),
/// <see cref="NextSteps"/> the steps the candidate would take next (a capacity test with its date),
/// <see cref="Reminders"/> the general requirements the candidate did not mention.
/// </summary>
public sealed record EligibilityResult
{
    public required string VacancyId { get; init; }
    public required string Verdict { get; init; }
    public RouteEvaluation? Route { get; init; }
    public IReadOnlyList<RouteEvaluation> Routes { get; init; } = [];
    public IReadOnlyList<string> Missing { get; init; } = [];
    public IReadOnlyList<SelectionStep> NextSteps { get; init; } = [];
    public IReadOnlyList<GeneralRequirement> Reminders { get; init; } = [];
    public IReadOnlyList<Preference> Preferences { get; init; } = [];
    public DateFact? ReferenceDate { get; init; }
    /// <summary>Why the answer needs a person: one of <see cref="ContactCaveats"/>, "unchecked", "no-requirements", or null.</summary>
    public string? ReferTo { get; init; }

    /// <summary>The caveats of an open route check that only the contact can settle; the answer refers to them by name.</summary>
    public static readonly IReadOnlySet<string> ContactCaveats = new HashSet<string>(StringComparer.Ordinal) { "graduate", "foreign-diploma", "final-year", "part-time", "named-alternative" };
    /// <summary>The general requirements the candidate's facts touched (nationality, licence), each checked.</summary>
    public IReadOnlyList<RequirementCheck> GeneralChecks { get; init; } = [];
    /// <summary>Requirement sentences no rule could evaluate that are about facts the candidate gave: they cap the verdict at need-info.</summary>
    public IReadOnlyList<UnparsedRequirement> Unchecked { get; init; } = [];
    /// <summary>Requirement sentences no rule could evaluate, about facts the candidate did not give: shown to check.</summary>
    public IReadOnlyList<UnparsedRequirement> ToCheck { get; init; } = [];

    /// <summary>The requirement lines a rule evaluated against the candidate's facts (the decisive route's and the general ones), with their outcome.</summary>
    public IReadOnlyList<RequirementCheck> CheckedLines => [.. (Route?.Checks ?? []).Concat(GeneralChecks).Where(c => c.Outcome is "met" or "not-met" or "condition")];

    /// <summary>The requirement lines nothing decided: route or general checks still unknown, and sentences no rule read.</summary>
    public IReadOnlyList<Citation> UncheckedLines =>
        [.. (Route?.Checks ?? []).Concat(GeneralChecks).Where(c => c.Outcome == "unknown").Select(c => c.Citation).Concat(Unchecked.Select(u => u.Citation)).Concat(ToCheck.Select(u => u.Citation)).DistinctBy(c => (c.Document, c.Start))];
}
