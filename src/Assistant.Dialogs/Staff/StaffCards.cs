using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Knowledge.Base;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Time;

namespace Assistant.Dialogs.Staff;

/// <summary>The phone line's cards over one vacancy's facts: deadline, diploma, salary, next test date, contact and general conditions.</summary>
internal static class StaffCards
{
    private const int LaterDates = 3;

    public static StaffFactCards For(Vacancy vacancy, DateTimeOffset now)
    {
        var facts = vacancy.Facts;
        var contacts = facts.Contacts.OrderByDescending(ContactRank).Select(Contact).ToList();
        return new StaffFactCards(
            facts.Id,
            facts.Title,
            facts.Organisation,
            Deadline(facts, now),
            Diploma(facts),
            Salary(facts),
            NextTest(vacancy, now),
            contacts.FirstOrDefault(),
            [.. contacts.Skip(1)],
            Conditions(facts));
    }

    /// <summary>The general conditions a caller asks about ("do I need a driving licence?"), and what no rule could read.</summary>
    private static StaffConditionsCard? Conditions(VacancyFacts facts)
    {
        var items = facts.Requirements.General
            .Where(g => g.Kind is not ("exam" or "foreign-diploma"))
            .Select(g => new StaffCondition(g.Kind, g.Kind == "conduct" ? g.Value ?? (g.MaxAgeMonths is { } m ? $"{m}" : null) : g.Value, Cite(g.Citation)))
            .Concat(facts.Requirements.Unparsed.Select(u => new StaffCondition("unparsed", null, Cite(u.Citation))))
            .ToList();
        return items.Count == 0 ? null : new StaffConditionsCard(items);
    }

    /// <summary>Cite a fact without its offsets (the answer contract's citation).</summary>
    public static AnswerCitation Cite(Citation citation) => new(citation.VacancyId, citation.Document, citation.Section, citation.Quote);

    private static StaffDeadlineCard Deadline(VacancyFacts facts, DateTimeOffset now)
    {
        var status = DeadlineTool.Evaluate(facts, now);
        return status.Deadline is not { } deadline
            ? new StaffDeadlineCard(status.Status, null, null, false, null, null, null, false, false, null)
            : new StaffDeadlineCard(status.Status, deadline.Date, deadline.Time, deadline.Inclusive, status.LastDay, status.ClosesAt, status.DaysLeft, status.ClosesToday, status.YearInferred, Cite(deadline.Citation));
    }

    private static StaffDiplomaCard? Diploma(VacancyFacts facts)
    {
        var routes = facts.Requirements.Routes
            .OrderBy(r => r.Audience)
            .Select(r => new StaffRoute(r.Audience, r.Diploma, r.DiplomaField, r.EquivalentAccepted, r.MinExperienceYears, r.ExperienceKind,
                [.. r.Alternative.Select(a => a.Name)], Cite(r.Citation)))
            .ToList();
        return routes.Count == 0 ? null : new StaffDiplomaCard(routes);
    }

    private static StaffSalaryCard? Salary(VacancyFacts facts)
    {
        if (facts.Salary is not { } salary)
        {
            return null;
        }

        var points = salary.Published.OrderBy(p => p.SeniorityYears ?? int.MaxValue).ThenBy(p => p.Amount)
            .Select(p => new StaffSalaryPoint(p.Amount, p.SeniorityYears, p.Label, Cite(p.Citation))).ToList();
        var citation = salary.Citation ?? (salary.Published.Count > 0 ? salary.Published[0].Citation : null);
        return new StaffSalaryCard(facts.Scale, salary.Period, salary.Gross, salary.Min, salary.Max, points, citation is null ? null : Cite(citation));
    }

    private static StaffTestCard? NextTest(Vacancy vacancy, DateTimeOffset now)
    {
        var today = Brussels.Today(now);
        var dated = ScheduleTool.Dates(vacancy.Facts, now)
            .Where(d => d.Step.Kind != "screening")
            .Select(d => (d.Step, Upcoming: LastDayOf(d.Date) >= today, Date: new StaffTestDate(d.Step.Name, d.Step.Kind, d.Date.Date, d.Date.Time, d.Date.Qualifiers, d.Date.Role,
                d.Step.Conditional, d.Step.AppliesTo, LastDayOf(d.Date) >= today ? Math.Max(0, d.Date.Date.DayNumber - today.DayNumber) : d.Date.Date.DayNumber - today.DayNumber)))
            .ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        // Nothing ahead any more: the last date of the procedure, marked as past.
        var upcoming = dated.Where(d => d.Upcoming).ToList();
        var (step, _, next) = upcoming.Count > 0 ? upcoming[0] : dated[^1];
        var citation = DateQuotes.Find(vacancy, next.Date, step.Name) ?? Cite(step.Citation);
        return new StaffTestCard(next, upcoming.Count > 0, citation, [.. upcoming.Skip(1).Take(LaterDates).Select(u => u.Date)]);
    }

    private static DateOnly LastDayOf(StepDate date) => date.Qualifiers.Contains("week-of") ? date.Date.AddDays(6) : date.Date;

    private static StaffContactCard Contact(Contact c) => new(c.Name, c.Role, c.Phone, c.Email, c.Topics, Cite(c.Citation));

    /// <summary>The contact to give a caller first: one for the procedure or applications, reachable by phone, with a name.</summary>
    private static int ContactRank(Contact c) =>
        (c.Topics.Any(t => t is "procedure" or "application" or "general") ? 4 : 0)
        + (c.Phone is null ? 0 : 2)
        + (c.Name is null ? 0 : 1)
        + (c.Email is null ? 0 : 1);
}
