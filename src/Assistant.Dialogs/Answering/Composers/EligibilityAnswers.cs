using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Lookups;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Eligibility answers: the verdict, the deciding requirement lines with their quotes, what is missing, the next step and the general reminders.</summary>
public static class EligibilityAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var judged = PostChoice.ForQuestion(AgeChecks.ForQuestion(v, t.Text), t.Text, t.DialogQuestion);
        var result = EligibilityTool.Evaluate(judged, t.Profile);
        // A document of several posts is answered for one: that post's title names it.
        var post = PostChoice.Posts(v).Count > 1 && PostChoice.Posts(judged) is [var only] ? only : null;
        var vacancy = Format.Vacancy(lang, post is null ? v : v with { Title = post });
        var text = new StringBuilder();
        var citations = new List<Citation?>();
        IReadOnlyList<SuggestedAction>? actions = null;
        switch (result.Verdict)
        {
            case "eligible":
                text.Append(Texts.Get(lang, "elig.eligible", ("vacancy", vacancy), ("route", RouteText(lang, result.Route!.Route, proofHeld: result.Route.Checks.Any(c => c.Requirement == "proof" && c.Outcome == "met")))));
                if (result.Route.Checks.Any(c => c.Caveat == "relevance"))
                {
                    text.Append(' ').Append(Texts.Get(lang, "elig.eligible.relevance"));
                }

                citations.Add(result.Route.Route.Citation);
                break;
            case "conditional" when result.GeneralChecks.FirstOrDefault(c => c.Requirement == "language" && c.Outcome == "condition") is { } attest:
                // A diploma not issued in Dutch: admitted on condition of the language proof the vacancy names.
                text.Append(Texts.Get(lang, "elig4.language.attest", ("level", attest.Required is { Length: > 0 } level ? Texts.Get(lang, "elig4.language.level", ("level", level)) : ""),
                    ("route", RouteText(lang, result.Route!.Route)), ("quote", attest.Citation.Quote.Trim())));
                if (result.Route.Checks.Any(c => c.Caveat == "foreign-diploma" && c.Outcome == "condition"))
                {
                    text.Append(' ').Append(Texts.Get(lang, "elig4.foreign.also"));
                }

                citations.Add(result.Route!.Route.Citation);
                citations.Add(attest.Citation);
                break;
            case "conditional" when result.GeneralChecks.FirstOrDefault(c => c is { Outcome: "condition", Caveat: "certificate-later" }) is { } later:
                // Lacking a certificate or licence code the vacancy lets be obtained after starting: admitted on that condition, in its words.
                text.Append(Texts.Get(lang, "elig.certificate.later", ("name", later.Requirement == "licence-code" ? "code " + later.Required : later.Required),
                    ("route", RouteText(lang, result.Route!.Route)), ("quote", later.Citation.Quote.Trim())));
                citations.Add(result.Route!.Route.Citation);
                citations.Add(later.Citation);
                break;
            case "conditional" when result.GeneralChecks.FirstOrDefault(c => c.Requirement == "certificate" && c.Outcome == "condition") is { } training:
                // Admitted while training for a required certificate, on condition of obtaining it by the vacancy's date.
                text.Append(training.Caveat is { } due && DateOnly.TryParse(due, System.Globalization.CultureInfo.InvariantCulture, out var dueDate)
                    ? Texts.Get(lang, "elig.certificate.training.date", ("name", training.Required), ("date", Format.Date(lang, dueDate)), ("route", RouteText(lang, result.Route!.Route)))
                    : Texts.Get(lang, "elig.certificate.training", ("name", training.Required), ("route", RouteText(lang, result.Route!.Route))));
                text.Append(" «").Append(training.Citation.Quote).Append('»');
                citations.Add(result.Route!.Route.Citation);
                citations.Add(training.Citation);
                break;
            case "conditional" when result.Route!.Route.Alternative.Count == 0 && result.GeneralChecks.FirstOrDefault(c => c is { Requirement: "licence", Outcome: "condition" }) is { } licence:
                // No licence yet, where the vacancy lets it be obtained after starting: admitted on that condition, in the vacancy's words.
                text.Append(Texts.Get(lang, "elig.licence.later", ("category", licence.Required), ("route", RouteText(lang, result.Route!.Route)), ("quote", licence.Citation.Quote.Trim())));
                citations.Add(result.Route!.Route.Citation);
                citations.Add(licence.Citation);
                break;
            case "conditional" when result.Route!.Route.Alternative.Count == 0 && result.Route.Checks.FirstOrDefault(c => c.Caveat == "obtain-later") is { } later:
                // A route that obliges those it admits to obtain a certificate after starting: admitted on that condition, in the vacancy's words.
                text.Append(Texts.Get(lang, "ans19.obtain.later", ("route", RouteText(lang, result.Route.Route)), ("quote", later.Citation.Quote.Trim())));
                citations.Add(result.Route.Route.Citation);
                break;
            case "conditional" when result.Route!.Checks.Any(c => c.Caveat == "final-year") && result.Route.Route.Alternative.Count == 0:
                var students = v.Requirements.General.FirstOrDefault(g => g.Kind == "students");
                text.Append(students?.Value is { } by && DateOnly.TryParse(by, System.Globalization.CultureInfo.InvariantCulture, out var byDate)
                    ? Texts.Get(lang, "elig.finalYear.date", ("date", Format.Date(lang, byDate)), ("route", RouteText(lang, result.Route.Route)))
                    : Texts.Get(lang, "elig.finalYear", ("route", RouteText(lang, result.Route.Route))));
                citations.Add(result.Route.Route.Citation);
                citations.Add(students?.Citation);
                break;
            case "conditional" when result.Route!.Route.Alternative.Any(a => a.Kind == "proof"):
                var proofs = result.Route.Route.Alternative.Select(a => a.Kind == "proof" ? Texts.Get(lang, "cond.proof", ("name", a.Name)) : Texts.Get(lang, "cond.test", ("name", TestName(lang, a.Name)))).ToList();
                var quotes = result.Route.Route.Alternative.Where(a => a.Kind == "proof").Select(a => "«" + a.Citation.Quote + "»").Distinct().ToList();
                text.Append(Texts.Get(lang, "elig.conditional.proof", ("conditions", Format.List(lang, proofs)), ("route", RouteText(lang, result.Route.Route, withTests: false)), ("quotes", Format.List(lang, quotes))));
                citations.Add(result.Route.Route.Citation);
                citations.AddRange(result.Route.Route.Alternative.Select(a => a.Citation));
                break;
            case "conditional" when result.Route!.Checks.Any(c => c.Caveat == "foreign-diploma" && c.Outcome == "condition") && result.Route.Route.Alternative.Count == 0:
                // A diploma from abroad of the required level: admitted on condition of its equivalence.
                text.Append(Texts.Get(lang, "elig4.foreign", ("route", RouteText(lang, result.Route.Route))));
                citations.Add(result.Route.Route.Citation);
                if (v.Requirements.General.FirstOrDefault(g => g.Kind == "foreign-diploma") is { } equivalence)
                {
                    citations.Add(equivalence.Citation);
                }

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
                foreach (var failed in result.GeneralChecks.Where(c => c.Outcome == "not-met"))
                {
                    text.Append(' ').Append(Texts.Get(lang, "elig.general.failed", ("reason", Reason(lang, failed, null))));
                    citations.Add(failed.Citation);
                }

                foreach (var route in result.GeneralChecks.Any(c => c.Outcome == "not-met") ? [] : result.Routes.Where(r => r.Outcome == "not-eligible"))
                {
                    var reasons = route.Checks.Where(c => c.Outcome == "not-met").Select(c => Reason(lang, c, route.Route)).ToList();
                    text.Append(' ').Append(Texts.Get(lang, "elig.route.failed", ("route", RouteText(lang, route.Route)), ("reasons", Format.List(lang, reasons))));
                    citations.Add(route.Route.Citation);
                    citations.AddRange(route.Checks.Where(c => c.Requirement == "diploma-excluded").Select(c => c.Citation));
                }

                break;
            case "need-info" when result.ReferTo == "unchecked":
                Undecided(t, v, result, text, citations);
                break;
            case "need-info" when result.Missing is ["requirements"]:
                // No diploma or experience requirement could be read: said as the document's gap, not as something the candidate owes.
                text.Append(Texts.Get(lang, "elig29.noRoutes", ("vacancy", vacancy)));
                if (LookupTool.ContactFor(v, "procedure") is { } asked)
                {
                    text.Append(' ').Append(Texts.Get(lang, "req.contact", ("contact", Format.Contact(lang, asked))));
                    citations.Add(asked.Citation);
                }

                break;
            default:
                // A fact of a kind without a phrase of its own is named generically rather than failing the whole answer.
                var missing = result.Missing.Select(m => Texts.Has(lang, "elig.missing." + m) ? Texts.Get(lang, "elig.missing." + m) : Texts.Get(lang, "elig31.missing.other")).ToList();
                text.Append(Texts.Get(lang, "elig.needInfo", ("vacancy", vacancy), ("missing", Format.List(lang, missing))));
                if (result.ReferTo is { } refer && EligibilityResult.ContactCaveats.Contains(refer))
                {
                    text.Append(' ').Append(Texts.Get(lang, "elig.refer." + result.ReferTo));
                    if (LookupTool.ContactFor(v, "procedure") is { } contact)
                    {
                        text.Append(' ').Append(Format.Contact(lang, contact)).Append('.');
                        citations.Add(contact.Citation);
                    }
                }
                else if (result.Missing.Count > 0 && Ask(lang, result) is { Length: > 0 } ask)
                {
                    text.Append(' ').Append(ask);
                }

                citations.AddRange(result.Routes.Select(r => r.Route.Citation));
                actions = result.Missing.Contains("diploma") ? DiplomaActions(lang) : null;
                break;
        }

        AppendContext(t, v, result, text, citations);
        return AnswerKit.Make(t, Intents.Eligibility, AnswerSources.Rules, text.ToString(), [v.Id], citations, new EligibilityPayload(result), result.Verdict, actions);
    }

    /// <summary>"met een bachelordiploma (of gelijkwaardig) en minstens 2 jaar relevante ervaring en slagen voor de redeneertest".</summary>
    public static string RouteText(string lang, AdmissionRoute r, bool withTests = true, bool proofHeld = false)
    {
        var sb = new StringBuilder();
        if (r.Internal is { } condition && r.Diploma == DiplomaLevel.None)
        {
            // "via bevordering: minstens 4 jaar anciënniteit in niveau D en een gunstige evaluatie".
            return InternalText(lang, condition);
        }

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

        // The proofs one route names ("een EVC-certificaat / ervaringsbewijs") are alternatives: one phrase, "held" once the candidate has one.
        var proofs = r.Alternative.Where(a => a.Kind == "proof").Select(a => a.Name).ToList();
        if (withTests && proofs.Count > 0)
        {
            sb.Append(Texts.Get(lang, proofHeld ? "route.proof.held" : "route.proof", ("name", string.Join(" / ", proofs))));
        }

        foreach (var test in withTests ? r.Alternative.Where(a => a.Kind != "proof") : [])
        {
            sb.Append(Texts.Get(lang, "route.test", ("test", TestName(lang, test.Name))));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The question for the first missing fact, naming what the vacancy asks when that helps to answer it: "Hoeveel jaar
    /// leidinggevende ervaring heb je?", "Hoeveel jaar anciënniteit heb je in niveau D?".
    /// </summary>
    private static string Ask(string lang, EligibilityResult result)
    {
        var slot = result.Missing[0];
        var check = result.Route?.Checks.FirstOrDefault(c => c.Requirement == slot && c.Outcome == "unknown");
        var kind = result.Route?.Route.ExperienceKind;
        return slot switch
        {
            "experience" or "experience-kind" when kind == "leadership" => Texts.Get(lang, "elig.ask." + slot + ".leadership"),
            "experience" or "experience-kind" when kind?.StartsWith("domain:", StringComparison.Ordinal) == true => Texts.Get(lang, "elig.ask." + slot + ".domain", ("words", kind[7..])),
            "age" when result.GeneralChecks.FirstOrDefault(c => c is { Requirement: "min-age" or "max-age", Outcome: "unknown", Given: not null }) is { } age => AgeQuestion(lang, age),
            "internal-seniority" => Texts.Get(lang, "elig.ask.internal-seniority", ("level", check?.Caveat is { } level ? Texts.Get(lang, "elig.inLevel", ("level", level)) : "")),
            _ => Texts.Has(lang, "elig.ask." + slot) ? Texts.Get(lang, "elig.ask." + slot) : "",
        };
    }

    private static string InternalText(string lang, InternalCondition c)
    {
        var parts = new List<string>();
        if (c.MinSeniorityMonths is { } months)
        {
            parts.Add(Texts.Get(lang, "route.internal.seniority", ("years", Format.Number(lang, months / 12m)),
                ("level", c.Level is { } level ? Texts.Get(lang, "elig.inLevel", ("level", level)) : "")));
        }
        else if (c.Level is { } level)
        {
            parts.Add(Texts.Get(lang, "route.internal.level", ("level", level)));
        }

        if (c.FavourableEvaluation)
        {
            parts.Add(Texts.Get(lang, "route.internal.evaluation"));
        }

        if (c.Contract is { } contract)
        {
            parts.Add(Texts.Get(lang, "contract." + contract));
        }

        return Texts.Get(lang, "route.internal", ("conditions", Format.List(lang, parts)));
    }

    private static string Reason(string lang, RequirementCheck c, AdmissionRoute? route) => c.Requirement switch
    {
        "diploma" when c is { Caveat: "final-year", Outcome: "not-met" } => Texts.Get(lang, "elig15.reason.final-year", ("required", Texts.Get(lang, "level." + c.Required).Trim())),
        "diploma" => Texts.Get(lang, "elig.reason.diploma", ("required", Texts.Get(lang, "level." + c.Required).Trim()), ("given", Given(lang, c.Given))),
        "diploma-field" => Texts.Get(lang, "elig.reason.diploma-field", ("required", c.Required), ("given", c.Given)),
        "proof" => Texts.Get(lang, "elig4.reason.proof", ("required", c.Required)),
        "diploma-excluded" => Texts.Get(lang, "route.diploma.excluded", ("quote", c.Citation.Quote.Trim())),
        // A part that must be leadership ("waarvan 1 jaar als leidinggevende") names that kind, not the route's.
        "experience" when c.Caveat?.StartsWith("recent:", StringComparison.Ordinal) == true => Texts.Get(lang, "elig15.reason.recent", ("required", c.Required), ("window", c.Caveat[7..]), ("given", c.Given)),
        "experience" when c.Caveat == "full-time-equivalent" => Texts.Get(lang, "elig27.reason.full-time-equivalent", ("required", c.Required), ("given", c.Given)),
        "experience" when c.Caveat == "public" => Texts.Get(lang, "elig28.reason.public", ("required", c.Required), ("given", c.Given)),
        "experience" when c.Caveat == "paid" => Texts.Get(lang, "elig15.reason.paid", ("required", c.Required), ("given", c.Given)),
        "experience" => Texts.Get(lang, "elig.reason.experience", ("required", c.Required), ("kind", Kind(lang, c.Caveat is "leadership" ? c.Caveat : route?.ExperienceKind)), ("given", c.Given)),
        "internal-seniority" => Texts.Get(lang, "elig.reason.internal-seniority", ("required", c.Required), ("given", c.Given),
            ("level", c.Caveat is { } level ? Texts.Get(lang, "elig.inLevel", ("level", level)) : "")),
        "internal-level" => Texts.Get(lang, c.Caveat == "min" ? "elig.reason.internal-level.min" : "elig.reason.internal-level", ("required", c.Required), ("given", c.Given)),
        "internal-evaluation" => Texts.Get(lang, "elig.reason.internal-evaluation"),
        "internal-contract" => Texts.Get(lang, "elig.reason.internal-contract", ("required", Texts.Get(lang, "contract." + c.Required)), ("given", Texts.Get(lang, "contract." + c.Given))),
        "nationality" when c.Caveat == "not-for-all" && ScopeLimits.LimitingSentence(c.Citation.Quote) is { } limit => Texts.Get(lang, "elig.reason.nationality", ("required", Texts.Get(lang, "nationality.required." + c.Required)), ("given", Texts.Get(lang, "nationality.given." + c.Given)))
            + Texts.Get(lang, "elig28.reason.not-for-all", ("quote", limit)),
        "nationality" => Texts.Get(lang, "elig.reason.nationality", ("required", Texts.Get(lang, "nationality.required." + c.Required)), ("given", Texts.Get(lang, "nationality.given." + c.Given))),
        "certificate" => Texts.Get(lang, "elig.reason.certificate", ("required", c.Required)),
        "relation" => Texts.Get(lang, "elig28.reason.relation." + c.Given),
        "residence" => Texts.Get(lang, "elig28.reason.residence", ("required", c.Required), ("given", c.Given)),
        "conduct" => Texts.Get(lang, "elig28.reason.conduct"),
        "availability" => Texts.Get(lang, "elig.reason.availability", ("required", TimesOf(lang, c.Required))),
        "willingness" => Texts.Get(lang, "elig30.reason.willingness", ("quote", c.Citation.Quote)),
        "work-permit" => Texts.Get(lang, "elig.reason.work-permit"),
        "min-age" => Texts.Get(lang, "elig.reason.min-age", ("required", c.Required), ("given", c.Given)),
        "max-age" => Texts.Get(lang, "elig.reason.max-age", ("required", c.Required), ("given", c.Given)),
        "student" => Texts.Get(lang, "elig12.reason.student"),
        "min-weeks" => Texts.Get(lang, "elig12.reason.min-weeks", ("required", c.Required), ("given", c.Given)),
        "licence-code" => Texts.Get(lang, "elig5.reason.licence-code", ("code", CodeName(lang, c.Required))),
        "internal-only" => Texts.Get(lang, "elig5.reason.internal-only"),
        "language" => Texts.Get(lang, "elig5.reason.language", ("required", c.Required), ("given", c.Given)),
        "diploma-language" => Texts.Get(lang, "elig7.reason.diploma-language", ("given", Texts.Get(lang, "elig7.language." + c.Given))),
        "licence" when c.Caveat == "licence-years" => Texts.Get(lang, "elig32.reason.licence-years", ("required", LicenceYears(c).Category), ("needed", Span(lang, LicenceYears(c).Months)), ("given", Span(lang, int.TryParse(c.Given, out var held) ? held : 0))),
        "licence" => c.Given is null or "none"
            ? Texts.Get(lang, "elig.reason.licence", ("required", c.Required))
            : Texts.Get(lang, "elig.reason.licence.other", ("required", c.Required), ("given", c.Given)),
        _ => Texts.Get(lang, "elig.reason.internal"),
    };

    /// <summary>The category and the months of a licence-held-for check ("B|36").</summary>
    private static (string Category, int Months) LicenceYears(RequirementCheck c)
    {
        var parts = (c.Required ?? "B").Split('|');
        return (parts[0], parts.Length > 1 && int.TryParse(parts[1], out var months) ? months : 0);
    }

    /// <summary>A span in months said as years when whole ("3 jaar"), else as months ("18 maanden").</summary>
    private static string Span(string lang, int months) => months > 0 && months % 12 == 0
        ? Texts.Get(lang, "elig32.span.years", ("n", (months / 12).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        : Texts.Get(lang, "elig32.span.months", ("n", months.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// A yes the rules could not give: the candidate's facts touch a requirement no rule evaluated (quoted to check) or a
    /// licence of an unstated category (asked for). The contact decides what cannot be checked.
    /// </summary>
    private static void Undecided(TurnContext t, VacancyFacts v, EligibilityResult result, StringBuilder text, List<Citation?> citations)
    {
        var lang = t.Language;
        var passed = result.Route?.Outcome is "eligible" or "conditional";
        foreach (var nationality in result.GeneralChecks.Where(c => c.Requirement == "nationality" && c.Outcome == "unknown"))
        {
            text.Append(Texts.Get(lang, "elig.nationalityUnknown", ("required", Texts.Get(lang, "nationality.required." + nationality.Required)))).Append(' ');
            citations.Add(nationality.Citation);
        }

        foreach (var conduct in result.GeneralChecks.Where(c => c is { Caveat: "conduct", Outcome: "unknown" }))
        {
            text.Append(Texts.Get(lang, "elig28.conductUnknown")).Append(' ');
            citations.Add(conduct.Citation);
        }

        // An age the rules could not settle: asked, on the day the vacancy counts it when the candidate gave an age that day decides.
        foreach (var age in result.GeneralChecks.Where(c => c is { Requirement: "min-age" or "max-age", Outcome: "unknown", Caveat: "age" }).Take(1))
        {
            text.Append(AgeQuestion(lang, age)).Append(' ');
            citations.Add(age.Citation);
        }

        foreach (var code in result.GeneralChecks.Where(c => c.Caveat == "licence-code"))
        {
            text.Append(Texts.Get(lang, "elig5.ask.licence-code", ("code", CodeName(lang, code.Required)))).Append(' ');
            citations.Add(code.Citation);
        }

        // A licence held for a minimum time of which the candidate said no time: asked, with the sentence.
        foreach (var held in result.GeneralChecks.Where(c => c is { Caveat: "licence-years", Outcome: "unknown" }))
        {
            text.Append(Texts.Get(lang, "elig32.ask.licence-years", ("required", LicenceYears(held).Category), ("needed", Span(lang, LicenceYears(held).Months)))).Append(' ');
            citations.Add(held.Citation);
        }

        foreach (var licence in result.GeneralChecks.Where(c => c.Caveat == "licence-category"))
        {
            text.Append(Texts.Get(lang, "elig.licenceCategory", ("required", licence.Required))).Append(' ');
            citations.Add(licence.Citation);
        }

        // A minimum of experience stated on a line of its own, about which the candidate said nothing: asked like a route's.
        foreach (var experience in result.GeneralChecks.Where(c => c is { Requirement: "experience", Outcome: "unknown" }).Take(1))
        {
            text.Append(Texts.Get(lang, "elig.needInfo", ("vacancy", Format.Vacancy(lang, v)), ("missing", Texts.Get(lang, "elig.missing.experience"))));
            text.Append(' ').Append(Texts.Get(lang, "elig.ask.experience")).Append(' ');
            citations.Add(experience.Citation);
        }

        // Requirement sentences no rule read, and language requirements (never judged from what the candidate says).
        var toQuote = result.Unchecked.Select(u => u.Citation)
            .Concat(result.GeneralChecks.Where(c => c.Requirement is "language" or "certificate" or "work-permit" or "willingness" && c.Outcome == "unknown").Select(c => c.Citation))
            .DistinctBy(c => c.Quote).ToList();
        if (toQuote.Count > 0)
        {
            var quotes = toQuote.Select(c => "«" + c.Quote + "»").ToList();
            text.Append(Texts.Get(lang, "elig.unchecked", ("vacancy", Format.Vacancy(lang, v)), ("quotes", Format.List(lang, quotes)))).Append(' ');
            citations.AddRange(toQuote);
            if (LookupTool.ContactFor(v, "procedure") is { } contact)
            {
                text.Append(Format.Contact(lang, contact)).Append(". ");
                citations.Add(contact.Citation);
            }
        }

        if (passed)
        {
            text.Append(Texts.Get(lang, "elig.unchecked.rest", ("route", RouteText(lang, result.Route!.Route))));
            citations.Add(result.Route!.Route.Citation);
        }
    }

    /// <summary>"Hoe oud ben je?", or, when the candidate gave an age that the day the vacancy counts it on decides, the age on that day.</summary>
    private static string AgeQuestion(string lang, RequirementCheck age) => Texts.Get(lang, age.Given is null ? "elig.ask.age" : "elig29.ask.age.onDate");

    /// <summary>"Nagekeken: diploma (bachelor), ervaring (3 jaar), nationaliteit (EU)." — what the verdict rests on.</summary>
    private static string Checked(string lang, EligibilityResult result)
    {
        var items = new List<string>();
        foreach (var c in (result.Route?.Checks ?? []).Concat(result.GeneralChecks).Where(c => c.Outcome is "met" && c.Given is not null))
        {
            var key = Texts.Has(lang, "elig12.checked." + c.Requirement) ? "elig12.checked." + c.Requirement
                : Texts.Has(lang, "elig7.checked." + c.Requirement) ? "elig7.checked." + c.Requirement
                : Texts.Has(lang, "elig5.checked." + c.Requirement) ? "elig5.checked." + c.Requirement : "checked." + c.Requirement;
            if (Texts.Has(lang, key))
            {
                var given = c.Requirement switch
                {
                    "diploma" => Given(lang, c.Given),
                    "nationality" => Texts.Get(lang, "nationality.given." + c.Given),
                    "diploma-language" => Texts.Get(lang, "elig7.language." + c.Given),
                    "availability" => TimesOf(lang, c.Required),
                    _ => c.Given!,
                };
                items.Add(Texts.Get(lang, key, ("given", given), ("required", c.Required)));
            }
        }

        return items.Count == 0 ? "" : Texts.Get(lang, "elig.checked", ("list", Format.List(lang, items)));
    }

    /// <summary>"code 95 (vakbekwaamheid)" or "ADR".</summary>
    private static string CodeName(string lang, string? code) => code == "ADR" ? Texts.Get(lang, "elig5.code.adr") : Texts.Get(lang, "elig5.code.95");

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
    /// <summary>A test's name as the answers use it; in Dutch with its article (de or het: "het ervaringsgesprek").</summary>
    public static string TestName(string lang, string name) =>
        (lang == "nl" ? DutchArticle(name) + " " : "")
        + name + (name.Contains("capaciteit", StringComparison.OrdinalIgnoreCase) ? Texts.Get(lang, "test.capacity")
            : name.Contains("redeneer", StringComparison.OrdinalIgnoreCase) ? Texts.Get(lang, "test.reasoning") : "");

    private static readonly string[] NeuterEndings = ["gesprek", "examen", "interview", "onderzoek", "assessment", "assessmentcenter", "center", "centrum", "traject", "dossier", "portfolio", "spel", "verslag"];

    /// <summary>Dutch nouns take the article of their last part; the test names vacancies use are de-words unless they end in one of a few het-words.</summary>
    private static string DutchArticle(string name)
    {
        var last = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return NeuterEndings.Any(e => last.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? "het" : "de";
    }

    private static void AppendContext(TurnContext t, VacancyFacts v, EligibilityResult result, StringBuilder text, List<Citation?> citations)
    {
        var lang = t.Language;
        if (result.Verdict is "eligible" or "conditional")
        {
            if (Checked(lang, result) is { Length: > 0 } checkedText)
            {
                text.Append(' ').Append(checkedText);
            }

            if (result.ToCheck.Count > 0)
            {
                text.Append(' ').Append(Texts.Get(lang, "elig.toCheck", ("quotes", Format.List(lang, result.ToCheck.Select(u => "«" + u.Citation.Quote + "»").ToList()))));
                citations.AddRange(result.ToCheck.Select(u => u.Citation));
            }
        }

        if (result.Verdict is "eligible" or "conditional" && result.Reminders.Count > 0)
        {
            text.Append(' ').Append(Texts.Get(lang, "elig.reminders", ("list", Format.List(lang, result.Reminders.Select(r => General(lang, r)).ToList()))));
            citations.AddRange(result.Reminders.Select(r => r.Citation));
        }

        foreach (var preference in Preferences(t, result))
        {
            text.Append(' ').Append(Texts.Get(lang, preference.NotRequired ? "elig.notRequired" : "elig.preference", ("quote", preference.Citation.Quote.Trim())));
            citations.Add(preference.Citation);
        }

        if (result.ReferenceDate is { } reference)
        {
            text.Append(' ').Append(Texts.Get(lang, "elig.referenceDate", ("date", Format.Date(lang, reference.Date))));
            citations.Add(reference.Citation);
        }

        var deadline = DeadlineTool.Evaluate(v, t.Now);
        if (deadline.Status == "closed" && result.Verdict != Verdicts.NotEligible)
        {
            text.Append(' ').Append(Texts.Get(lang, "elig.closed", ("date", Format.Date(lang, deadline.LastDay!.Value))));
            citations.Add(deadline.Deadline?.Citation);
        }
    }

    /// <summary>The preferences and "not required" lines about something the candidate spoke of (their licence, languages, …).</summary>
    private static IEnumerable<Preference> Preferences(TurnContext t, EligibilityResult result)
    {
        var p = t.Profile;
        var spoken = new HashSet<string>(StringComparer.Ordinal);
        if (p.DrivingLicence is not null) spoken.Add("licence");
        if (p.LanguagesMentioned is not null || p.DutchLevel is not null) spoken.Add("language");
        if (p.Nationality is not null) spoken.Add("nationality");
        return spoken.Count == 0
            ? []
            : result.Preferences.Where(pr => Assistant.Knowledge.Extraction.RequirementRules.Touches(pr.Citation.Quote).Any(spoken.Contains)
                // "een rijbewijs C (CE is een pluspunt)": a line a checked requirement was read from is no mere preference.
                && !result.GeneralChecks.Any(c => c.Citation.Quote == pr.Citation.Quote)).Take(2);
    }

    private static string General(string lang, GeneralRequirement g) => g.Kind switch
    {
        "nationality" => Texts.Get(lang, "general.nationality", ("value", g.Value)),
        "conduct" when g.MaxAgeMonths is { } m => Texts.Get(lang, "general.conduct.age", ("months", m)),
        "licence" => Texts.Get(lang, "general.licence", ("value", g.Value)),
        "certificate" => g.Value ?? g.Citation.Quote,
        "availability" => Texts.Get(lang, "general.availability", ("value", TimesOf(lang, g.Value))),
        "work-permit" => Texts.Get(lang, "general.work-permit"),
        "min-age" => Texts.Get(lang, "general.min-age", ("value", g.Value)),
        "max-age" => Texts.Get(lang, "general.max-age", ("value", g.Value)),
        "min-weeks" => Texts.Get(lang, "elig12.general.min-weeks", ("value", g.Value)),
        "student" => Texts.Get(lang, "elig12.general.student"),
        "licence-code" => CodeName(lang, g.Value),
        "internal-only" => Texts.Get(lang, "elig5.general.internal-only"),
        _ => Texts.Has(lang, "general." + g.Kind) ? Texts.Get(lang, "general." + g.Kind) : g.Kind,
    };

    /// <summary>The kinds of working time of an availability condition, as words of <paramref name="lang"/> ("nachtdiensten en weekendwerk").</summary>
    internal static string TimesOf(string lang, string? kinds) =>
        Format.List(lang, [.. (kinds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => Texts.Get(lang, "availability." + k))]);

    private static IReadOnlyList<SuggestedAction> DiplomaActions(string lang) =>
        new[] { "bachelor", "master", "secondary", "none" }
            .Select(d => new SuggestedAction(Texts.Get(lang, "action.diploma." + d), Texts.Get(lang, "answer.diploma." + d)))
            .ToList();
}
