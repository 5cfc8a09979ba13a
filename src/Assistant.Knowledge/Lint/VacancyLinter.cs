using System.Globalization;
using Assistant.Core.Facts;
using Assistant.Knowledge.Base;

namespace Assistant.Knowledge.Lint;

/// <summary>
/// Checks a vacancy's facts for what is missing, inferred, unparsed or inconsistent: no deadline (unless recruitment
/// is continuous), years inferred, lines that speak of a deadline, scale or salary but yield none,
/// weekdays that do not match, min &gt; max, steps out of order or before the deadline, odd amounts.
/// </summary>
public static class VacancyLinter
{
    /// <summary>All findings for one vacancy, including its load errors.</summary>
    public static IReadOnlyList<LintFinding> Check(VacancyFacts facts, IEnumerable<LoadError> loadErrors)
    {
        var findings = loadErrors.Select(e => new LintFinding("error", e.File, e.Message)).ToList();
        Missing(facts, findings);
        findings.AddRange(facts.Notes.Select(n => new LintFinding(n.Severity, n.Field, n.Message, n.Citation)));
        if (facts.ApplicationDeadline is { YearInferred: true } d)
        {
            findings.Add(new LintFinding("inferred", "applicationDeadline", $"the year of the application deadline was inferred: {d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", d.Citation));
        }

        Salary(facts, findings);
        Steps(facts, findings);
        // A sentence of the selection section the steps leave out (a test no step was read for, a step that depends on the
        // number of candidates): answers quote it next to the steps; HR may want it as a step of its own in facts.yaml.
        findings.AddRange(facts.SelectionRemarks.Select(r => new LintFinding("unparsed", "selectionRemarks", "a sentence of the selection section that no selection step covers", r)));
        return findings;
    }

    private static void Missing(VacancyFacts f, List<LintFinding> findings)
    {
        if (f.ApplicationDeadline is null && !f.ContinuousRecruitment)
        {
            findings.Add(new LintFinding("missing", "applicationDeadline", "the documents state no application deadline"));
        }

        void Need(object? value, string field, string what)
        {
            if (value is null || (value is System.Collections.ICollection { Count: 0 }))
            {
                findings.Add(new LintFinding("missing", field, $"no {what} found"));
            }
        }

        Need(f.Organisation, "organisation", "organisation");
        Need(f.Title, "title", "job title");
        Need(f.Scale, "scale", "salary scale");
        Need(f.Requirements.Routes as System.Collections.ICollection, "requirements.routes", "admission route (diploma or experience requirement)");
        Need(f.Salary, "salary", "salary amount");
        Need(f.SelectionSteps as System.Collections.ICollection, "selectionSteps", "selection step");
        Need(f.Contacts as System.Collections.ICollection, "contacts", "contact person or address");
    }

    private static void Salary(VacancyFacts f, List<LintFinding> findings)
    {
        if (f.Salary is not { } s)
        {
            return;
        }

        if (s.Min > s.Max)
        {
            findings.Add(new LintFinding("inconsistent", "salary", $"minimum {s.Min} is greater than maximum {s.Max}", s.Citation));
        }

        // Amounts on another basis (indexed next to "aan 100%") are not compared with the range or with each other.
        var sameBasis = s.Published.Where(p => s.Basis is null || p.Basis is null || p.Basis == s.Basis).ToList();
        var ordered = sameBasis.Where(p => p.SeniorityYears is not null).OrderBy(p => p.SeniorityYears).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Amount < ordered[i - 1].Amount)
            {
                findings.Add(new LintFinding("inconsistent", "salary.published", $"{ordered[i].Amount} at {ordered[i].SeniorityYears} years is lower than {ordered[i - 1].Amount} at {ordered[i - 1].SeniorityYears} years", ordered[i].Citation));
            }
        }

        foreach (var p in sameBasis.Where(p => p.Amount < s.Min || p.Amount > s.Max))
        {
            findings.Add(new LintFinding("inconsistent", "salary.published", $"{p.Amount} lies outside the published range {s.Min}–{s.Max}", p.Citation));
        }
    }

    private static void Steps(VacancyFacts f, List<LintFinding> findings)
    {
        DateOnly? previous = null;
        string? previousName = null;
        foreach (var step in f.SelectionSteps.Where(s => s.Dates.Count > 0 && s.Kind != "group"))
        {
            var first = step.Dates.Min(d => d.Date);
            if (previous is { } p && first < p && !step.Conditional)
            {
                findings.Add(new LintFinding("inconsistent", "selectionSteps", $"'{step.Name}' ({first:yyyy-MM-dd}) is dated before the earlier step '{previousName}' ({p:yyyy-MM-dd})", step.Citation));
            }

            if (f.ApplicationDeadline is { } d && first < d.LastDay)
            {
                findings.Add(new LintFinding("inconsistent", "selectionSteps", $"'{step.Name}' ({first:yyyy-MM-dd}) is dated before the application deadline ({d.LastDay:yyyy-MM-dd})", step.Citation));
            }

            if (step.PassMark is { Points: { } pts, OutOf: { } of } && pts > of)
            {
                findings.Add(new LintFinding("inconsistent", "selectionSteps", $"'{step.Name}': pass mark {pts} is above the maximum {of}", step.Citation));
            }

            previous = step.Conditional ? previous : first;
            previousName = step.Conditional ? previousName : step.Name;
        }

        if (f.Reserve is { ValidityYears: <= 0 } r)
        {
            findings.Add(new LintFinding("inconsistent", "reserve", "reserve validity is not positive", r.Citation));
        }
    }
}
