using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Lookups;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Eligibility answers: the verdict, the deciding requirement lines with their quotes, what is missing, the next step and the general reminders.</summary>
public static class EligibilityAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var result = EligibilityTool.Evaluate(v, t.Profile);
        var vacancy = Format.Vacancy(lang, v);
        var text = new StringBuilder();
        var citations = new List<Citation?>();
        IReadOnlyList<SuggestedAction>? actions = null;
        switch (result.Verdict)
        {
            case "eligible":
                text.Append(Texts.Get(lang, "elig.eligible", ("vacancy", vacancy), ("route", RouteText(lang, result.Route!.Route))));
                if (result.Route.Checks.Any(c => c.Caveat == "relevance"))
                {
                    text.Append(' ').Append(Texts.Get(lang, "elig.eligible.relevance"));
                }

                citations.Add(result.Route.Route.Citation);
                break;
            case "conditional":
                var tests = result.Route!.Route.Alternative.Select(a => TestName(lang, a.Name)).ToList();
                text.Append(Texts.Get(lang, "elig.conditional", ("tests", Format.List(lang, tests)), ("route", RouteText(lang, result.Route.Route, withTests: false))));
                citations.Add(result.Route.Route.Citation);
                citations.AddRange(result.Route.Route.Alternative.Select(a => a.Citation));
                var dates = result.NextSteps.SelectMany(s => s.Dates).ToList();
                if (dates.Count > 0)
                {
                    text.Append(' ').Append(Texts.Get(lang, "elig.next", ("dates", DateText.Dates(lang, dates))));
                    citations.AddRange(result.NextSteps.Select(s => s.Citation));
                }

                break;
            case "not-eligible":
                text.Append(Texts.Get(lang, "elig.notEligible", ("vacancy", vacancy)));
                foreach (var route in result.Routes.Where(r => r.Outcome == "not-eligible"))
                {
                    var reasons = route.Checks.Where(c => c.Outcome == "not-met").Select(c => Reason(lang, c)).ToList();
                    text.Append(' ').Append(Texts.Get(lang, "elig.route.failed", ("route", RouteText(lang, route.Route)), ("reasons", Format.List(lang, reasons))));
                    citations.Add(route.Route.Citation);
                }

                break;
            default:
                var missing = result.Missing.Select(m => Texts.Get(lang, "elig.missing." + m)).ToList();
                text.Append(Texts.Get(lang, "elig.needInfo", ("vacancy", vacancy), ("missing", Format.List(lang, missing))));
                if (result.ReferTo is "graduate" or "foreign-diploma")
                {
                    text.Append(' ').Append(Texts.Get(lang, "elig.refer." + result.ReferTo));
                    if (LookupTool.ContactFor(v, "procedure") is { } contact)
                    {
                        text.Append(' ').Append(Format.Contact(lang, contact)).Append('.');
                        citations.Add(contact.Citation);
                    }
                }
                else if (result.Missing.Count > 0 && Texts.Has(lang, "elig.ask." + result.Missing[0]))
                {
                    text.Append(' ').Append(Texts.Get(lang, "elig.ask." + result.Missing[0]));
                }

                citations.AddRange(result.Routes.Select(r => r.Route.Citation));
                actions = result.Missing.Contains("diploma") ? DiplomaActions(lang) : null;
                break;
        }

        AppendContext(t, v, result, text, citations);
        return AnswerKit.Make(t, "eligibility", "rules", text.ToString(), [v.Id], citations, result, result.Verdict, actions);
    }

    /// <summary>"met een bachelordiploma (of gelijkwaardig) en minstens 2 jaar relevante ervaring en slagen voor de redeneertest".</summary>
    public static string RouteText(string lang, AdmissionRoute r, bool withTests = true)
    {
        var sb = new StringBuilder();
        sb.Append(r.Diploma == DiplomaLevel.None ? Texts.Get(lang, "route.diploma.none") : Texts.Get(lang, "route.diploma", ("level", Texts.Get(lang, "level." + r.Diploma.ToString().ToLowerInvariant()))));
        if (r.DiplomaField is { } field)
        {
            sb.Append(Texts.Get(lang, "route.field", ("field", field)));
        }

        if (r.EquivalentAccepted)
        {
            sb.Append(Texts.Get(lang, "route.equivalent"));
        }

        if (r.MinExperienceYears is { } years)
        {
            var domain = r.ExperienceKind?.StartsWith("domain:", StringComparison.Ordinal) == true ? Texts.Get(lang, "route.domain", ("words", r.ExperienceKind[7..])) : "";
            sb.Append(Texts.Get(lang, "route.experience", ("years", Format.Number(lang, years)), ("kind", Kind(lang, r.ExperienceKind)), ("domain", domain)));
        }

        foreach (var test in withTests ? r.Alternative : [])
        {
            sb.Append(Texts.Get(lang, "route.test", ("test", TestName(lang, test.Name))));
        }

        return sb.ToString();
    }

    private static string Reason(string lang, RequirementCheck c) => c.Requirement switch
    {
        "diploma" => Texts.Get(lang, "elig.reason.diploma", ("required", Texts.Get(lang, "level." + c.Required).Trim()), ("given", Given(lang, c.Given))),
        "diploma-field" => Texts.Get(lang, "elig.reason.diploma-field", ("required", c.Required), ("given", c.Given)),
        "experience" => Texts.Get(lang, "elig.reason.experience", ("required", c.Required), ("kind", ""), ("given", c.Given)),
        _ => Texts.Get(lang, "elig.reason.internal"),
    };

    private static string Given(string lang, string? given) =>
        given is null ? Texts.Get(lang, "given.none")
            : given.StartsWith("no-", StringComparison.Ordinal) ? Texts.Get(lang, "given." + given)
            : Texts.Get(lang, "level." + given).Trim();

    private static string Kind(string lang, string? kind) => kind switch
    {
        null or "any" => Texts.Get(lang, "kind.any"),
        "relevant" or "leadership" => Texts.Get(lang, "kind." + kind),
        _ when kind.StartsWith("domain:", StringComparison.Ordinal) => Texts.Get(lang, "kind.domain", ("words", kind[7..])),
        _ => "",
    };

    /// <summary>The test's Dutch name, glossed in English/French ("redeneertest (reasoning test)").</summary>
    public static string TestName(string lang, string name) =>
        name + (name.Contains("capaciteit", StringComparison.OrdinalIgnoreCase) ? Texts.Get(lang, "test.capacity")
            : name.Contains("redeneer", StringComparison.OrdinalIgnoreCase) ? Texts.Get(lang, "test.reasoning") : "");

    private static void AppendContext(TurnContext t, VacancyFacts v, EligibilityResult result, StringBuilder text, List<Citation?> citations)
    {
        var lang = t.Language;
        if (result.Verdict is "eligible" or "conditional" && result.Reminders.Count > 0)
        {
            text.Append(' ').Append(Texts.Get(lang, "elig.reminders", ("list", Format.List(lang, result.Reminders.Select(r => General(lang, r)).ToList()))));
            citations.AddRange(result.Reminders.Select(r => r.Citation));
        }

        if (result.ReferenceDate is { } reference)
        {
            text.Append(' ').Append(Texts.Get(lang, "elig.referenceDate", ("date", Format.Date(lang, reference.Date))));
            citations.Add(reference.Citation);
        }

        var deadline = DeadlineTool.Evaluate(v, t.Now);
        if (deadline.Status == "closed" && result.Verdict != "not-eligible")
        {
            text.Append(' ').Append(Texts.Get(lang, "elig.closed", ("date", Format.Date(lang, deadline.LastDay!.Value))));
            citations.Add(deadline.Deadline?.Citation);
        }
    }

    private static string General(string lang, GeneralRequirement g) => g.Kind switch
    {
        "nationality" => Texts.Get(lang, "general.nationality", ("value", g.Value)),
        "conduct" when g.MaxAgeMonths is { } m => Texts.Get(lang, "general.conduct.age", ("months", m)),
        "licence" => Texts.Get(lang, "general.licence", ("value", g.Value)),
        _ => Texts.Has(lang, "general." + g.Kind) ? Texts.Get(lang, "general." + g.Kind) : g.Kind,
    };

    private static IReadOnlyList<SuggestedAction> DiplomaActions(string lang) =>
        new[] { "bachelor", "master", "secondary", "none" }
            .Select(d => new SuggestedAction(Texts.Get(lang, "action.diploma." + d), Texts.Get(lang, "answer.diploma." + d)))
            .ToList();
}
