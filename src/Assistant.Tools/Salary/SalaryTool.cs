using Assistant.Core.Facts;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Salary;

/// <summary>
/// Published amounts and what they are; the amount at a seniority when published or computable from an employer
/// scale table; seniority counted with the vacancy's caps per kind of experience; otherwise the honest range with
/// the nearest published points.
/// </summary>
public static class SalaryTool
{
    /// <summary>Answers for a seniority (years given directly, or counted from the profile's experience), or the range/start when neither is given.</summary>
    public static SalaryAnswer Evaluate(VacancyFacts facts, int? seniority, CandidateProfile profile, bool start, IReadOnlyList<SalaryScaleTable> tables, decimal indexCoefficient)
    {
        if (facts.Salary is not { } salary)
        {
            return new SalaryAnswer { VacancyId = facts.Id, Kind = "not-published", Table = FindTable(facts, tables), IndexCoefficient = indexCoefficient };
        }

        var counting = seniority is null ? Count(salary, profile) : [];
        decimal? years = seniority is { } given ? given : counting.Count > 0 ? counting.Sum(c => c.Counted) : start ? 0m : null;
        if (years is null)
        {
            return new SalaryAnswer { VacancyId = facts.Id, Kind = "range", Salary = salary };
        }

        var whole = (int)Math.Floor(years.Value);
        var exact = salary.Published.FirstOrDefault(p => p.SeniorityYears == whole)
            ?? (whole == 0 ? salary.Published.FirstOrDefault(p => p.Bound == "min" && p.SeniorityYears is null or 0) : null);
        var table = FindTable(facts, tables);
        decimal? computed = null;
        if (exact is null && table is not null)
        {
            var yearly = table.YearlyAt100[Math.Min(whole, table.YearlyAt100.Count - 1)] * indexCoefficient;
            computed = Math.Round(salary.Period == SalaryPeriod.Month ? yearly / 12 : yearly, 2, MidpointRounding.AwayFromZero);
        }

        var points = salary.Published.Where(p => p.SeniorityYears is not null).OrderBy(p => p.SeniorityYears).ToList();
        var amount = exact?.Amount ?? computed;
        return new SalaryAnswer
        {
            VacancyId = facts.Id,
            Kind = whole == 0 && seniority is null && counting.Count == 0 ? "start" : "at-seniority",
            Salary = salary,
            SeniorityYears = years,
            Counting = counting,
            Exact = exact,
            Computed = computed,
            Table = computed is null ? null : table,
            IndexCoefficient = computed is null ? null : indexCoefficient,
            Below = exact is null && computed is null ? points.LastOrDefault(p => p.SeniorityYears < whole) : null,
            Above = exact is null && computed is null ? points.FirstOrDefault(p => p.SeniorityYears > whole) : null,
            OtherPeriodAmount = amount is { } a ? Math.Round(salary.Period == SalaryPeriod.Year ? a / 12 : a * 12, 2, MidpointRounding.AwayFromZero) : null,
        };
    }

    /// <summary>Counts the profile's experience with the vacancy's caps: public service in full, private and self-employed up to their cap.</summary>
    public static IReadOnlyList<CountedExperience> Count(Assistant.Core.Facts.Salary salary, CandidateProfile profile)
    {
        var result = new List<CountedExperience>();
        foreach (var entry in profile.Experience)
        {
            var kind = entry.Kind switch
            {
                "public" or "education" or "private" or "self-employed" => entry.Kind,
                // A kind the candidate did not name is never assumed (no "private sector" for plain "5 jaar ervaring").
                _ => "any",
            };
            // Unnamed experience counts up to the private-sector cap when there is one (the safe reading), still labelled "any".
            var cap = salary.Caps.FirstOrDefault(c => c.Kind == kind) ?? (kind == "any" ? salary.Caps.FirstOrDefault(c => c.Kind == "private") : null);
            if (cap is null && kind != "public")
            {
                result.Add(new CountedExperience(kind, entry.Years, entry.Years, null, CapKnown: false, null));
                continue;
            }

            var counted = cap?.MaxYears is { } max ? Math.Min(entry.Years, max) : entry.Years;
            result.Add(new CountedExperience(kind, entry.Years, counted, cap?.MaxYears, CapKnown: true, cap?.Citation, cap?.RelevantOnly ?? false));
        }

        return result;
    }

    private static SalaryScaleTable? FindTable(VacancyFacts facts, IReadOnlyList<SalaryScaleTable> tables) =>
        facts.Scale is null || facts.Organisation is null
            ? null
            : tables.FirstOrDefault(t => t.Scale.Equals(facts.Scale, StringComparison.OrdinalIgnoreCase)
                && t.Employer.Equals(facts.Organisation, StringComparison.OrdinalIgnoreCase));
}
