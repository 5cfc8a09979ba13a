using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Eligibility;

namespace Assistant.Tools.Lookups;

/// <summary>One vacancy in a comparison: its facts, its deadline state and, when asked, its eligibility verdict and start salary.</summary>
public sealed record VacancySummary(VacancyFacts Facts, DeadlineStatus Deadline)
{
    public EligibilityResult? Eligibility { get; init; }
    public decimal? StartSalary { get; init; }
}
