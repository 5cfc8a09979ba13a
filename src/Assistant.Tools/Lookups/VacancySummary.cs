using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Eligibility;

namespace Assistant.Tools.Lookups;

/// <summary>One vacancy in a comparison: its facts, its deadline state and, when asked, its eligibility verdict and start salary.</summary>
public sealed record VacancySummary(VacancyFacts Facts, DeadlineStatus Deadline)
{
    public EligibilityResult? Eligibility { get; init; }
    /// <summary>The compared gross monthly amount (at the start or at the asked seniority), null when none is published for it.</summary>
    public decimal? StartSalary { get; init; }

    /// <summary>The sentence the compared amount comes from.</summary>
    public Citation? SalaryCitation { get; init; }
}
