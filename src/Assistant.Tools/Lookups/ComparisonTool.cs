using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Lookups;

/// <summary>Questions across vacancies: which are open now, which close within N days, which one can apply to with a given profile, which pays the most at the start.</summary>
public static class ComparisonTool
{
    /// <summary>Vacancies still open at <paramref name="now"/> (closing soonest first), optionally only those closing within <paramref name="withinDays"/> days; vacancies without a stated deadline are listed after them.</summary>
    public static IReadOnlyList<VacancySummary> Open(IEnumerable<VacancyFacts> vacancies, DateTimeOffset now, int? withinDays = null)
    {
        var all = vacancies.Select(v => new VacancySummary(v, DeadlineTool.Evaluate(v, now))).ToList();
        var open = all.Where(s => s.Deadline.Status == "open" && (withinDays is null || s.Deadline.DaysLeft <= withinDays)).OrderBy(s => s.Deadline.ClosesAt);
        var unknown = withinDays is null ? all.Where(s => s.Deadline.Status == "not-stated") : [];
        return open.Concat(unknown).ToList();
    }

    /// <summary>Vacancies where the profile is not ruled out (eligible, conditional or need-info), best verdict first.</summary>
    public static IReadOnlyList<VacancySummary> Admissible(IEnumerable<VacancyFacts> vacancies, CandidateProfile profile, DateTimeOffset now) =>
        vacancies
            .Select(v => new VacancySummary(v, DeadlineTool.Evaluate(v, now)) { Eligibility = EligibilityTool.Evaluate(v, profile) })
            .Where(s => s.Eligibility!.Verdict != "not-eligible")
            .OrderBy(s => s.Eligibility!.Verdict switch { "eligible" => 0, "conditional" => 1, _ => 2 })
            .ToList();

    /// <summary>Vacancies by published start salary (monthly equivalents), highest first, optionally within one scale.</summary>
    public static IReadOnlyList<VacancySummary> ByStartSalary(IEnumerable<VacancyFacts> vacancies, DateTimeOffset now, string? scale = null) =>
        vacancies
            .Where(v => v.Salary is not null && (scale is null || string.Equals(v.Scale, scale, StringComparison.OrdinalIgnoreCase)))
            .Select(v => new VacancySummary(v, DeadlineTool.Evaluate(v, now)) { StartSalary = StartMonthly(v.Salary!) })
            .OrderByDescending(s => s.StartSalary)
            .ToList();

    private static decimal? StartMonthly(Assistant.Core.Facts.Salary salary)
    {
        var start = salary.Published.Where(p => p.SeniorityYears is not null).OrderBy(p => p.SeniorityYears).FirstOrDefault()?.Amount ?? salary.Min;
        return start is { } a ? Math.Round(salary.Period == SalaryPeriod.Year ? a / 12 : a, 2, MidpointRounding.AwayFromZero) : null;
    }
}
