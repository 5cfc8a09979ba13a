using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using Assistant.Tools.Salary;

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
    public static IReadOnlyList<VacancySummary> ByStartSalary(IEnumerable<VacancyFacts> vacancies, DateTimeOffset now, string? scale = null, decimal indexCoefficient = 1m) =>
        vacancies
            .Where(v => v.Salary is not null && (scale is null || string.Equals(v.Scale, scale, StringComparison.OrdinalIgnoreCase)))
            .Select(v => new VacancySummary(v, DeadlineTool.Evaluate(v, now)) { StartSalary = StartMonthly(v.Salary!, indexCoefficient) })
            .OrderByDescending(s => s.StartSalary)
            .ToList();

    /// <summary>
    /// Vacancies by today's gross monthly pay at <paramref name="seniority"/> years (the start when null), highest first:
    /// only amounts the documents publish for that seniority or that an employer scale table gives (amounts at index 100%
    /// multiplied by <paramref name="indexCoefficient"/>, yearly ones divided by 12). Vacancies with a salary but no amount
    /// at that seniority come last without an amount (<see cref="VacancySummary.StartSalary"/> null); vacancies of another
    /// diploma <paramref name="level"/> (the scale's level letter, or the diploma their first route asks) are left out.
    /// Experience in <paramref name="profile"/> (when no seniority is given) is counted with each vacancy's own caps.
    /// </summary>
    public static IReadOnlyList<VacancySummary> BySalary(IEnumerable<VacancyFacts> vacancies, DateTimeOffset now, int? seniority, CandidateProfile profile, DiplomaLevel? level, IReadOnlyList<SalaryScaleTable> tables, decimal indexCoefficient, bool top = false)
    {
        var result = new List<VacancySummary>();
        foreach (var v in vacancies.Where(v => v.Salary is not null && (level is null || LevelOf(v) == level)))
        {
            var salary = v.Salary!;
            decimal? monthly;
            SalaryPoint? point = null;
            if (top && seniority is null)
            {
                // "At the top of the scale": the highest amount published, the range's maximum or the last step.
                point = salary.Published.Where(p => p.SeniorityYears is not null).OrderByDescending(p => p.SeniorityYears).FirstOrDefault();
                var highest = salary.Max ?? point?.Amount;
                monthly = highest is { } h ? Monthly(salary, h, salary.Max is not null ? salary.Basis : point?.Basis ?? salary.Basis, indexCoefficient) : null;
            }
            else if (seniority is null && profile.Experience.Count == 0)
            {
                monthly = StartMonthly(salary, indexCoefficient);
                point = salary.Published.Where(p => p.SeniorityYears is not null).OrderBy(p => p.SeniorityYears).FirstOrDefault();
            }
            else
            {
                var answer = SalaryTool.Evaluate(v, seniority, profile, start: false, tables, indexCoefficient);
                point = answer.Exact;
                monthly = answer.Exact is { } exact ? Monthly(salary, exact.Amount, exact.Basis ?? salary.Basis, indexCoefficient)
                    : answer.Computed is { } computed ? (salary.Period == SalaryPeriod.Year ? Math.Round(computed / 12, 2, MidpointRounding.AwayFromZero) : computed)
                    : null;
            }

            // An hourly wage has no monthly amount to rank by: it comes last, without an amount.
            monthly = salary.Period == SalaryPeriod.Hour ? null : monthly;
            result.Add(new VacancySummary(v, DeadlineTool.Evaluate(v, now)) { StartSalary = monthly, SalaryCitation = point?.Citation ?? salary.Citation });
        }

        return result.OrderBy(s => s.StartSalary is null).ThenByDescending(s => s.StartSalary).ToList();
    }

    /// <summary>The diploma level a vacancy is for: its scale's level letter (A master, B bachelor, C secondary, D/E none), else its first route's diploma.</summary>
    public static DiplomaLevel? LevelOf(VacancyFacts v) => v.Level switch
    {
        "A" => DiplomaLevel.Master,
        "B" => DiplomaLevel.Bachelor,
        "C" => DiplomaLevel.Secondary,
        "D" or "E" => DiplomaLevel.None,
        _ => v.Requirements.Routes.FirstOrDefault(r => r.Audience == RouteAudience.External)?.Diploma,
    };

    private static decimal? StartMonthly(Assistant.Core.Facts.Salary salary, decimal indexCoefficient)
    {
        var point = salary.Published.Where(p => p.SeniorityYears is not null).OrderBy(p => p.SeniorityYears).FirstOrDefault();
        var start = point?.Amount ?? salary.Min;
        return start is { } a ? Monthly(salary, a, point?.Basis ?? salary.Basis, indexCoefficient) : null;
    }

    /// <summary>Today's gross monthly amount: at index 100% times the coefficient, a yearly amount divided by 12.</summary>
    private static decimal Monthly(Assistant.Core.Facts.Salary salary, decimal amount, string? basis, decimal indexCoefficient)
    {
        var indexed = basis == "index-100" ? amount * indexCoefficient : amount;
        return Math.Round(salary.Period == SalaryPeriod.Year ? indexed / 12 : indexed, 2, MidpointRounding.AwayFromZero);
    }
}
