using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Tools.Lookups;
using Assistant.Tools.Salary;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Salary answers: the published range, the start amount, the amount at a seniority (published or computed from a scale table), how experience was counted, or the nearest published points with the contact for a simulation.</summary>
public static class SalaryAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var start = t.Analysis.Aspect == "start";
        var result = SalaryTool.Evaluate(v, t.Analysis.SeniorityYears, t.Profile, start, t.Knowledge.ScaleTables, t.Options.IndexCoefficient);
        var vacancy = Format.Vacancy(lang, v);
        var text = new StringBuilder();
        var citations = new List<Citation?>();
        var contact = LookupTool.ContactFor(v, "salary");
        if (result.Salary is not { } salary)
        {
            text.Append(Texts.Get(lang, "salary.notPublished", ("vacancy", vacancy)));
            AppendSimulation(lang, contact, text, citations);
            return AnswerKit.Make(t, "salary", "rules", text.ToString(), [v.Id], citations, result);
        }

        var period = Texts.Get(lang, "period." + salary.Period.ToString().ToLowerInvariant());
        foreach (var c in result.Counting)
        {
            var kind = Texts.Get(lang, "kind." + (c.Kind == "any" ? "anyexp" : c.Kind));
            text.Append(Texts.Get(lang, "salary.counting", ("given", Format.Number(lang, c.Given)), ("kind", kind), ("counted", Format.Number(lang, c.Counted)),
                ("cap", c.Cap is { } cap ? Texts.Get(lang, "salary.cap", ("cap", cap)) : ""))).Append(' ');
            if (!c.CapKnown)
            {
                text.Append(Texts.Get(lang, "salary.capUnknown")).Append(' ');
            }

            citations.Add(c.Citation);
        }

        decimal? answered = null;
        switch (result.Kind)
        {
            case "range":
                text.Append(Texts.Get(lang, "salary.range", ("vacancy", vacancy), ("min", PointText(lang, salary, salary.Min, "min")), ("max", PointText(lang, salary, salary.Max, "max")), ("period", period)));
                citations.AddRange(salary.Published.Select(p => p.Citation));
                answered = salary.Min;
                break;
            case "start" when result.Exact is { } s:
                text.Append(Texts.Get(lang, "salary.start", ("vacancy", vacancy), ("amount", Format.Money(lang, s.Amount)), ("period", period)));
                citations.Add(s.Citation);
                answered = s.Amount;
                break;
            default:
                var years = Format.Number(lang, result.SeniorityYears ?? 0);
                if (result.Exact is { } exact)
                {
                    text.Append(Texts.Get(lang, "salary.exact", ("years", years), ("vacancy", vacancy), ("amount", Format.Money(lang, exact.Amount)), ("period", period)));
                    citations.Add(exact.Citation);
                    answered = exact.Amount;
                }
                else if (result.Computed is { } computed)
                {
                    text.Append(Texts.Get(lang, "salary.computed", ("years", years), ("vacancy", vacancy), ("amount", Format.Money(lang, computed)), ("period", period),
                        ("scale", result.Table!.Scale), ("employer", result.Table.Employer), ("coefficient", result.IndexCoefficient)));
                    citations.Add(result.Table.Citation);
                    answered = computed;
                }
                else
                {
                    var points = new[] { result.Below, result.Above }.OfType<SalaryPoint>()
                        .Select(p => Texts.Get(lang, "salary.point", ("amount", Format.Money(lang, p.Amount)), ("years", p.SeniorityYears))).ToList();
                    text.Append(Texts.Get(lang, "salary.range", ("vacancy", vacancy), ("min", PointText(lang, salary, salary.Min, "min")), ("max", PointText(lang, salary, salary.Max, "max")), ("period", period)));
                    if (points.Count > 0)
                    {
                        text.Append(' ').Append(Texts.Get(lang, "salary.between", ("years", years), ("points", Format.List(lang, points))));
                    }

                    citations.AddRange(salary.Published.Select(p => p.Citation));
                    AppendSimulation(lang, contact, text, citations);
                }

                break;
        }

        if (salary.Period == SalaryPeriod.Year && answered is { } yearly)
        {
            text.Append(' ').Append(Texts.Get(lang, "salary.other", ("amount", Format.Money(lang, Math.Round(yearly / 12, 2))), ("period", Texts.Get(lang, "period.month"))))
                .Append(' ').Append(Texts.Get(lang, "salary.yearlyNote"));
        }

        return AnswerKit.Make(t, "salary", "rules", text.ToString(), [v.Id], citations, result);
    }

    /// <summary>An amount of the range with its seniority when the document gives one: "€ 3.086,37 (1 jaar)".</summary>
    private static string PointText(string lang, Salary salary, decimal? amount, string bound)
    {
        if (amount is not { } a)
        {
            return "?";
        }

        var point = salary.Published.FirstOrDefault(p => p.Amount == a && p.SeniorityYears is > 0);
        return point is null ? Format.Money(lang, a) : $"{Format.Money(lang, a)} ({Texts.Get(lang, "salary.point", ("amount", ""), ("years", point.SeniorityYears)).Trim()})";
    }

    private static void AppendSimulation(string lang, Assistant.Core.Facts.Contact? contact, StringBuilder text, List<Citation?> citations)
    {
        if (contact is null)
        {
            return;
        }

        text.Append(' ').Append(Texts.Get(lang, "salary.simulation", ("contact", Format.Contact(lang, contact))));
        citations.Add(contact.Citation);
    }
}
