using Assistant.Core.Facts;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Evaluates every admission route of a vacancy against what the candidate said. A higher diploma satisfies a lower
/// requirement; "bij voorkeur" is never a requirement; a graduaat or a foreign diploma is need-info with the contact,
/// never a guess. Internal routes count only for candidates who say they are internal. Never an undecided yes: a
/// general requirement the candidate's facts fail (nationality, licence) makes the verdict not-eligible whatever the
/// routes say, and one they touch that no rule could decide (an unparsed requirement sentence, a licence of an unstated
/// category) caps an eligible or conditional verdict at need-info, with the sentence quoted to check.
/// </summary>
public static class EligibilityTool
{
    private static readonly string[] Order = ["eligible", "conditional", "need-info", "not-eligible"];

    /// <summary>The verdict for <paramref name="profile"/> on <paramref name="facts"/>.</summary>
    public static EligibilityResult Evaluate(VacancyFacts facts, CandidateProfile profile)
    {
        // Several posts in one document: one post's routes (the first, unless the caller chose another for the question).
        facts = PostChoice.ForQuestion(facts, null);
        profile = InternalEmployer.Judge(facts, profile);
        var isInternal = profile.Internal?.IsInternal == true;
        // Recent experience ("in de laatste vijf jaar vóór de uiterste inschrijvingsdatum") is counted back from the deadline.
        var referenceYear = facts.ApplicationDeadline?.Date.Year;
        // A line about final-year students admits them, unless it refuses them ("Studenten in het laatste jaar worden niet
        // toegelaten"): then a final-year student fails every route whose diploma they do not hold yet.
        var studentLines = facts.Requirements.General.Where(g => g.Kind == "students").ToList();
        var studentsAdmitted = studentLines.Any(g => !UnparsedLines.RefusesStudents(g.Citation.Quote));
        var studentsRefused = studentLines.Count > 0 && !studentsAdmitted;
        var graduateRoute = facts.Requirements.Routes.Any(r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.Graduate);
        // An internal candidate who asks about promotion ("via bevordering") is judged on the internal routes only.
        var promotionOnly = isInternal && profile.Internal!.PromotionAsked && facts.Requirements.Routes.Any(r => r.Audience == RouteAudience.Internal);
        // A vacancy whose every route is internal (a promotion open to staff only) is judged on those routes for a candidate who
        // said nothing about being staff: the first thing to ask is whether they are (never "the requirements are unclear").
        var onlyInternal = facts.Requirements.Routes.Count > 0 && facts.Requirements.Routes.All(r => r.Audience == RouteAudience.Internal) && profile.Internal is null;
        // A "route" read from a sentence that refuses diplomas ("Andere masterdiploma's worden niet aanvaard") admits nobody.
        var routes = facts.Requirements.Routes
            .Where(r => !VerdictGuard.Refuses(r.Citation.Quote) && !(VerdictGuard.ContradictsOwnLevel(r) && !CarriesConditions(r)))
            .Where(r => promotionOnly ? r.Audience == RouteAudience.Internal : (r.Audience == RouteAudience.External && !RouteReading.ForStaff(r)) || isInternal || onlyInternal)
            .Select(r => RouteChecks.Evaluate(r, profile, studentsAdmitted, graduateRoute, referenceYear, studentsRefused))
            .ToList();
        // A vacancy said to be internal only that also has an external route is open to outsiders after all: its routes decide.
        var hasExternal = facts.Requirements.Routes.Any(r => r.Audience == RouteAudience.External);
        // A line that says the requirement is none ("Rijbewijs | Niet vereist.") is no requirement at all.
        IReadOnlyList<GeneralRequirement> stated = [.. facts.Requirements.General.Where(g => !GeneralChecks.StatedNotRequired(g))];
        // Conditions are met by the day the document names, else by its deadline (an age reached later does not count).
        var judgedOn = facts.Requirements.ReferenceDate?.Date ?? facts.ApplicationDeadline?.Date;
        var general = stated.Where(g => g.Kind != "internal-only" || !hasExternal)
            .Select(g => (Requirement: g, Check: GeneralChecks.Evaluate(g, profile, stated, judgedOn))).ToList();
        // A licence or certificate the candidate lacks, that a line of the same section lets be obtained after starting: a condition.
        var generalChecks = general.Where(g => g.Check is not null).Select(g => LaterLines.Relax(g.Check!, facts)).ToList();
        // "Er geldt geen nationaliteitsvereiste" is no condition to remind anyone of.
        var reminders = general.Where(g => g.Check is null && g.Requirement.Kind is not ("exam" or "foreign-diploma" or "students" or "certificate-trainees" or "willingness")
            && !(g.Requirement.Kind == "nationality" && g.Requirement.Value == "none")).Select(g => g.Requirement).ToList();
        // A line that names a diploma only to exclude it is judged on the candidate's own words for their diploma: it fails the
        // routes their diploma met when they hold the excluded one, and is no open question when they clearly hold another.
        var exclusions = facts.Requirements.Unparsed.Where(u => u.Touches.Contains("insufficient"))
            .ToDictionary(u => u, u => DiplomaExclusions.Judge(u.Citation.Quote, profile));
        // A line excluding diplomas of other fields is answered by a route that admits the candidate on a field check they met.
        var fieldMet = routes.Any(r => r.Outcome is "eligible" or "conditional" && r.Checks.Any(c => c is { Requirement: "diploma-field", Outcome: "met" }));
        var undecided = facts.Requirements.Unparsed.Where(u => (!exclusions.TryGetValue(u, out var judged) || judged == "unknown" || (judged == "field" && !fieldMet))
            && u.Touches.Any(k => Touches(k, profile))).ToList();
        // A certificate line no rule read, where the candidate holds a certificate the vacancy's certificate requirement names:
        // a line that only refuses another certificate ("… alone does not suffice"), or one that names the very certificate held
        // (the requirement restated, in another language or a summary), asks nothing more of them.
        if (generalChecks.FirstOrDefault(c => c is { Requirement: "certificate", Outcome: "met" })?.Given is { } held)
        {
            undecided.RemoveAll(u => u.Touches.All(t => t == "certificate")
                && (VerdictGuard.Refuses(u.Citation.Quote) || GeneralChecks.NamesCertificate(u.Citation.Quote, held)));
        }

        // A route read from a sentence that refuses its own level is a misreading: alone it is dropped (above); with conditions of
        // its own (years of experience, a test) those may belong to another route, so it cannot let a yes stand: quoted to check.
        if (Touches("diploma", profile))
        {
            undecided.AddRange(facts.Requirements.Routes.Where(r => VerdictGuard.ContradictsOwnLevel(r) && CarriesConditions(r)).Select(r => new UnparsedRequirement(["diploma"], r.Citation)));
        }

        // A line that only says again a licence requirement already met, and an experience line whose minimum the candidate's
        // named years fall short of (a no of its own), leave nothing to check.
        // So does the line that lets a lacking licence or certificate be obtained later: it is the condition now quoted.
        var laterLines = generalChecks.Where(c => c is { Outcome: "condition", Caveat: "certificate-later" or "licence-later" }).Select(c => c.Citation).ToHashSet();
        var settled = facts.Requirements.Unparsed.Where(u => UnparsedLines.RestatesMetLicence(u, generalChecks) || OwnWordLines.Settled(u, profile) || laterLines.Contains(u.Citation)).ToList();
        foreach (var line in facts.Requirements.Unparsed)
        {
            // A licence that may still be obtained after starting: the candidate's categories decide (met, or admitted on that condition).
            if (!settled.Contains(line) && OwnWordLines.LicenceLater(line, profile) is { } later)
            {
                if (later.Outcome != "met")
                {
                    generalChecks.Add(later);
                }

                settled.Add(line);
                continue;
            }

            // "Ik woon op 60 km" against "Je woont op maximaal 20 km van het gemeentehuis": the distances decide.
            if (UnparsedLines.ResidenceDistance(line, profile) is { } distance)
            {
                if (distance.Outcome != "met")
                {
                    generalChecks.Add(distance);
                }

                settled.Add(line);
                continue;
            }

            // "Mijn man zit in het bestuur" against "de leden van het bestuur en hun echtgenoot komen niet in aanmerking": a no.
            if (UnparsedLines.RelationExcluded(line, profile) is { } excluded)
            {
                generalChecks.Add(excluded);
                settled.Add(line);
                continue;
            }

            if (UnparsedLines.ExperienceShort(line, profile, referenceYear) is { } shortOf)
            {
                generalChecks.Add(shortOf);
                settled.Add(line);
            }
            else if (UnparsedLines.ExperienceUnstated(line, profile) is { } asked)
            {
                generalChecks.Add(asked);
            }
        }

        undecided.RemoveAll(settled.Contains);
        var toCheck = facts.Requirements.Unparsed.Where(u => !undecided.Contains(u) && !exclusions.ContainsKey(u) && !settled.Contains(u)).ToList();
        // A staff member whose level, seniority and evaluation meet the internal route but who did not say how they are employed,
        // where any permanent position counts ("vast benoemd of met een contract van onbepaalde duur"): the contract line is quoted
        // to check, like a general requirement they said nothing about, instead of holding the answer back.
        foreach (var r in routes.Where(ContractOnlyOpen).ToList())
        {
            routes[routes.IndexOf(r)] = new RouteEvaluation(r.Route, r.Potential, [.. r.Checks.Where(c => c.Requirement != "internal-contract")]);
            toCheck.Add(new UnparsedRequirement(["internal"], r.Route.Citation));
        }

        foreach (var excluded in exclusions.Where(e => e.Value == "excluded").Select(e => e.Key))
        {
            routes = routes.Select(r => r.Route.Diploma != DiplomaLevel.None && r.Checks.Any(c => c.Requirement == "diploma" && c.Outcome == "met")
                ? new RouteEvaluation(r.Route, "not-eligible", [.. r.Checks, new RequirementCheck("diploma-excluded", "not-met", excluded.Citation) { Given = profile.DiplomaWords }])
                : r).ToList();
        }

        if (routes.Count == 0)
        {
            var failed = generalChecks.Any(c => c.Outcome == "not-met");
            // Without a route there is never a yes; a general condition still open (an age per job) is asked for first, since
            // its answer can still make the verdict a no, before the unclear requirements are referred to the contact.
            IReadOnlyList<string> asked = [.. generalChecks.Where(c => c.Outcome == "unknown").Select(c => c.Caveat ?? c.Requirement).Distinct()];
            return new EligibilityResult
            {
                VacancyId = facts.Id, Verdict = failed ? "not-eligible" : "need-info", Missing = failed ? [] : [.. asked, "requirements"], Reminders = reminders,
                ReferTo = failed || asked.Count > 0 ? null : "no-requirements", GeneralChecks = generalChecks, Unchecked = undecided, ToCheck = toCheck,
            };
        }

        // "Minstens 2 jaar ervaring bij een overheid": where the candidate worked decides; unsaid, the sentence is quoted to check.
        foreach (var r in routes.Where(r => r.Outcome is "eligible" or "conditional").ToList())
        {
            switch (PublicExperience.Judge(r.Route, profile))
            {
                case false:
                    routes[routes.IndexOf(r)] = new RouteEvaluation(r.Route, "not-eligible", [.. r.Checks, PublicExperience.Failed(r.Route, profile)]);
                    break;
                case null:
                    undecided.Add(new UnparsedRequirement(["experience"], r.Route.Citation));
                    break;
            }
        }

        // A route read without all its sentence requires (a field named but not read, conditions announced but not attached)
        // cannot carry a yes alone: when only such routes would admit the candidate, their sentences are quoted to check.
        var admitting = routes.Where(r => r.Outcome is "eligible" or "conditional").ToList();
        if (admitting.Count > 0 && admitting.All(r => RouteReading.Incomplete(r.Route, profile)))
        {
            undecided.AddRange(admitting.Select(r => new UnparsedRequirement(["diploma"], r.Route.Citation)));
        }

        var known = routes.Where(r => r.Outcome != "unknown").OrderBy(r => Array.IndexOf(Order, r.Outcome)).FirstOrDefault();
        var open = routes.Where(r => r.Outcome == "unknown").OrderBy(r => Array.IndexOf(Order, r.Potential)).FirstOrDefault();
        var knownRank = known is null ? int.MaxValue : Array.IndexOf(Order, known.Outcome);
        var openRank = open is null ? int.MaxValue : Array.IndexOf(Order, open.Potential);
        RouteEvaluation decisive;
        string verdict;
        if (open is not null && openRank < knownRank)
        {
            decisive = open;
            verdict = "need-info";
        }
        else
        {
            decisive = known!;
            verdict = known!.Outcome;
        }

        IReadOnlyList<string> missing = verdict == "need-info"
            ? decisive.Checks.Where(c => c.Outcome == "unknown").Select(c => c.Requirement).Distinct().ToList()
            : [];
        var referTo = decisive.Checks.FirstOrDefault(c => c.Outcome == "unknown" && c.Caveat is { } caveat && EligibilityResult.ContactCaveats.Contains(caveat))?.Caveat;

        // A diploma named in a list of alternatives that no rule read only admits more: it cannot make a yes wrong, so it does
        // not hold one back (the candidate who named another diploma is judged on the routes that were read, as before).
        // So does a sentence that only admits more (a permission, a condition that may be met after starting).
        var alternatives = undecided.Where(u => u.Touches.Contains("alternative") || (facts.Requirements.Unparsed.Contains(u) && VerdictGuard.OnlyWidens(u.Citation.Quote))).ToList();
        // "Ik heb nog geen visum", "ik wil geen wachtdiensten": a requirement sentence naming what the candidate lacks or refuses holds
        // back a plain yes (a conditional verdict already rests on what is still to be obtained).
        if (verdict == "eligible")
        {
            undecided.AddRange(DeclinedLines.Find(facts, profile, generalChecks).Where(d => undecided.All(u => u.Citation.Document != d.Citation.Document || u.Citation.Start != d.Citation.Start)));
        }

        (verdict, missing, referTo) = VerdictGuard.Apply(verdict, missing, referTo, generalChecks, [.. undecided.Except(alternatives)], profile.IsEmpty, stated);
        if (verdict is "eligible" or "conditional" && alternatives.Count > 0)
        {
            undecided = [.. undecided.Except(alternatives)];
            toCheck = [.. toCheck, .. alternatives];
        }

        var next = verdict is "conditional" or "need-info"
            ? NextSteps(facts, decisive)
            : [];
        return new EligibilityResult
        {
            VacancyId = facts.Id,
            Verdict = verdict,
            Route = decisive,
            Routes = routes,
            Missing = missing,
            NextSteps = next,
            Reminders = reminders,
            // A line no rule read that says its subject is not required is shown as such to a candidate who speaks about it.
            Preferences = [.. facts.Requirements.Preferences, .. facts.Requirements.Unparsed.Where(OwnWordLines.AsksNothing).Select(u => new Preference(u.Citation.Quote, u.Citation, NotRequired: true))],
            ReferenceDate = facts.Requirements.ReferenceDate,
            ReferTo = referTo,
            GeneralChecks = generalChecks,
            Unchecked = undecided,
            ToCheck = toCheck,
        };
    }

    /// <summary>Whether a route asks more than its diploma (years of experience, a test or proof, an internal condition).</summary>
    private static bool ContractOnlyOpen(RouteEvaluation r) =>
        r.Outcome == "unknown" && r.Checks.Count(c => c.Outcome == "unknown") == 1
        && r.Checks.Any(c => c is { Requirement: "internal-contract", Outcome: "unknown", Required: "indefinite" })
        && r.Checks.Any(c => c is { Requirement: "internal-seniority" or "internal-level", Outcome: "met" });

    private static bool CarriesConditions(AdmissionRoute r) => r.MinExperienceYears > 0 || r.Alternative.Count > 0 || r.Internal is not null;

    /// <summary>Whether the candidate said something about the kind of fact an unparsed requirement is about.</summary>
    private static bool Touches(string kind, CandidateProfile p) => kind switch
    {
        "diploma" => p.Diploma is not null || p.LacksDiploma is not null || p.Graduate is not null || p.DiplomaField is not null || p.FinalYearStudent is not null,
        "experience" => p.Experience.Count > 0 || p.WorkMentioned == true,
        "final-year" => p.FinalYearStudent == true,
        "licence" => p.DrivingLicence is not null || p.LicenceCodes.Count > 0 || p.LacksLicenceCodes is not null,
        "nationality" => p.Nationality is not null,
        "internal" => p.Internal is not null,
        "language" => p.LanguagesMentioned is not null || p.DutchLevel is not null,
        "certificate" => p.Certificates.Count > 0 || p.LacksCertificate is not null || p.CertificateTraining is not null,
        "relation" => p.Relation is not null,
        "residence" => p.ResidenceKm is not null,
        _ => false,
    };

    /// <summary>The selection steps that carry out a route's extra conditions (a capacity test named like the route's test).</summary>
    private static List<SelectionStep> NextSteps(VacancyFacts facts, RouteEvaluation route)
    {
        // Only tests are selection steps; a proof to obtain (an EVC attest) is not.
        var tests = route.Route.Alternative.Where(a => a.Kind != "proof").ToList();
        if (tests.Count == 0)
        {
            return [];
        }

        return facts.SelectionSteps.Where(s => s.Kind == "capacity-test"
            || tests.Any(a => s.Name.Contains(a.Name, StringComparison.OrdinalIgnoreCase) || a.Name.Contains(s.Name, StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
