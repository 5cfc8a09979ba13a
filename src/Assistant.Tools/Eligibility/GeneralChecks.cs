using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The general admission requirements a candidate's own words can decide: nationality, driving licence, minimum age, a student job's student status and weeks of availability (and a
/// language requirement, which is never decided but stays to check once the candidate speaks of languages). A
/// requirement the candidate said nothing about gets no check (it stays a reminder); one they did speak about is met,
/// not met, or — when the rule cannot decide (a licence of an unstated category) — unknown, which caps the verdict.
/// </summary>
public static partial class GeneralChecks
{
    /// <summary>The check of <paramref name="requirement"/> against <paramref name="profile"/>, or null when the candidate's facts do not touch it.</summary>
    /// <remarks>An age condition that names no day is judged on <paramref name="judgedOn"/> (the document's reference date, else its deadline).</remarks>
    public static RequirementCheck? Evaluate(GeneralRequirement requirement, CandidateProfile profile, IReadOnlyList<GeneralRequirement>? all = null, DateOnly? judgedOn = null) => requirement.Kind switch
    {
        // The equivalence of a foreign diploma is the diploma check's (a foreign diploma is admitted on that condition), not a certificate to hold.
        "certificate" when VerdictGuard.DiplomaEquivalence(requirement) => null,
        "certificate" when profile.Certificates.Count > 0 || profile.LacksCertificate is not null || profile.CertificateTraining is not null
            => Certificate(requirement, profile, all?.FirstOrDefault(g => g.Kind == "certificate-trainees")),
        "nationality" when profile.Nationality is { } nationality => Nationality(requirement, nationality, profile.PostKind),
        "availability" when Availability(requirement, profile) is { } availability => availability,
        // A refusal of what the sentence asks fails it; a refusal of something else (or said in other words, another language)
        // cannot be told apart from it by a rule, so the sentence is quoted to check and no yes is given.
        "willingness" when profile.Declines.Count > 0 => Refused(requirement, profile) is { } refused
            ? new RequirementCheck("willingness", "not-met", requirement.Citation) { Required = requirement.Value, Given = refused }
            : new RequirementCheck("willingness", "unknown", requirement.Citation) { Required = requirement.Value, Caveat = "willingness" },
        "work-permit" when profile.Nationality is not null || profile.WorkPermit is not null => WorkPermit(requirement, profile),
        "min-age" or "max-age" => AgeChecks.Evaluate(requirement, profile, all, judgedOn),
        // A student job: the candidate's word that they study (or no longer do) decides; so does a stated availability shorter than the minimum.
        "student" when profile.Student is { } student => new RequirementCheck("student", student ? "met" : "not-met", requirement.Citation)
        {
            Given = student ? "student" : "no-student",
        },
        "min-weeks" when profile.AvailableWeeks is { } weeks && int.TryParse(requirement.Value, out var least)
            => new RequirementCheck("min-weeks", weeks >= least ? "met" : "not-met", requirement.Citation)
            {
                Required = requirement.Value,
                Given = weeks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        // "Een uittreksel uit het strafregister zonder veroordelingen": a clean record meets it; a conviction fails a line that
        // asks a record without any, and is otherwise for the employer to weigh (quoted to check).
        "conduct" when profile.CleanRecord is { } clean => new RequirementCheck("conduct", clean ? "met" : NoConviction().IsMatch(TextFold.Fold(requirement.Citation.Quote)) ? "not-met" : "unknown", requirement.Citation)
        {
            Given = clean ? "clean" : "conviction",
            Caveat = clean ? null : "conduct",
        },
        "licence" when profile.DrivingLicence is { } hasLicence => LicenceHeldLongEnough(Licence(requirement, hasLicence, profile.LicenceCategories), profile, judgedOn),
        "licence-code" when profile.DrivingLicence is not null || profile.LicenceCodes.Count > 0 || profile.LacksLicenceCodes is not null => LicenceCode(requirement, profile),
        // "Enkel voor personeelsleden": an external candidate is not admitted; an internal one goes on to the internal route's conditions.
        "internal-only" when profile.Internal is { } status => new RequirementCheck("internal-only", status.IsInternal ? "met" : "not-met", requirement.Citation)
        {
            Given = status.IsInternal ? "internal" : "external",
        },
        // "Je diploma moet in het Nederlands behaald zijn": a candidate who says their diploma was issued in Dutch meets it; one
        // whose diploma is in another language is admitted on condition of the proof the vacancy names (a language certificate),
        // and fails it when the vacancy names none.
        // A stated level of Dutch below the one required fails first, whatever language the diploma was issued in.
        // The proof the document names held at the level it asks or higher ("een taalattest B2" for "je toont B2 aan met een taalattest"): met.
        "language" when profile.DutchAttest == true && profile.DutchLevel is { } attested && Cefr(requirement.Value) is { } asked && Cefr(attested) is { } has
            && has >= asked && NamesLanguageProof(requirement.Citation.Quote)
            => new RequirementCheck("language", "met", requirement.Citation) { Required = requirement.Value, Given = attested },
        "language" when profile.DiplomaLanguage is { } issued && AboutDiplomaLanguage(requirement.Citation.Quote) && !BelowRequiredLevel(requirement, profile)
            => DiplomaLanguage(requirement, issued),
        // An explicitly stated CEFR level is compared with the level the document requires (A1 < A2 < … < C2).
        "language" when profile.DutchLevel is { } level && Cefr(requirement.Value) is { } required && Cefr(level) is { } given
            => given < required
                ? new RequirementCheck("language", "not-met", requirement.Citation) { Required = requirement.Value, Given = level }
                : profile.ForeignDiploma == true && ForDiplomaNotInDutch(requirement.Citation.Quote)
                    ? new RequirementCheck("language", "condition", requirement.Citation) { Required = requirement.Value, Given = level, Caveat = "language-attest" }
                    : new RequirementCheck("language", "met", requirement.Citation) { Required = requirement.Value, Given = level },
        // "Heb je geen diploma dat in het Nederlands werd uitgereikt, dan bewijs je je kennis met een attest (B1)": a candidate with a
        // diploma from abroad is admitted on condition of that proof (their own word on their Dutch decides nothing).
        "language" when profile.ForeignDiploma == true && ForDiplomaNotInDutch(requirement.Citation.Quote)
            => new RequirementCheck("language", "condition", requirement.Citation) { Required = requirement.Value, Caveat = "language-attest" },
        // Language skills are never judged from what the candidate says: a language requirement they spoke about stays to check.
        "language" when profile.LanguagesMentioned == true || profile.DutchLevel is not null => new RequirementCheck("language", "unknown", requirement.Citation) { Required = requirement.Value, Caveat = "language" },
        _ => null,
    };

    /// <summary>
    /// Whether the requirement's own line says it is none ("Rijbewijs | Niet vereist.", "Een rijbewijs heb je niet nodig",
    /// "Driving licence: not required", "Permis de conduire : non requis"): a clause that names the requirement's subject and
    /// denies it is needed, with no "but" that takes it back and no word of obtaining it later. Such a line asks nothing.
    /// </summary>
    public static bool StatedNotRequired(GeneralRequirement requirement)
    {
        if (!SubjectWords.TryGetValue(requirement.Kind, out var subject) || ObtainLater.In(requirement.Citation.Quote))
        {
            return false;
        }

        // Every clause that names the subject must deny it ("heb je rijbewijs B. Rijbewijs C is een troef, geen voorwaarde." still
        // asks B), and a denying clause that names a category must name the required one.
        var about = TextFold.Fold(requirement.Citation.Quote).Split(['.', ';', '\n', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(clause => subject.Any(w => clause.Contains(w, StringComparison.Ordinal))).ToList();
        return about.Count > 0 && about.All(clause => NotNeeded().IsMatch(clause) && !TakenBack().IsMatch(clause) && SameCategory(clause, requirement.Value));
    }

    private static bool SameCategory(string clause, string? required) =>
        Category().Match(clause) is not { Success: true } named || string.Equals(named.Groups[1].Value, required, StringComparison.OrdinalIgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:rijbewijs|licen[cs]e|permis)\s+(?:categorie\s+|category\s+|de\s+conduire\s+)?(?!de\b)([a-e][e1]?)\b")]
    private static partial System.Text.RegularExpressions.Regex Category();

    private static readonly Dictionary<string, string[]> SubjectWords = new(StringComparer.Ordinal)
    {
        ["licence"] = ["rijbewijs", "licen", "permis"],
        ["licence-code"] = ["code 95", "rijbewijs", "licen", "permis"],
        ["certificate"] = ["attest", "brevet", "certifica", "getuigschrift"],
        ["work-permit"] = ["arbeidskaart", "arbeidsvergunning", "arbeidstoelating", "work permit", "permis de travail"],
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(niet|geen)\s+(vereist|nodig|verplicht|noodzakelijk|vereiste|voorwaarde|verplichting)\b|\bgeen\s+[\w-]+\s+(\w+\s+)?(vereist|nodig)\b|\bnot\s+(required|needed|necessary|mandatory)\b|\bno\s+[\w-]+\s+(is\s+)?(required|needed)\b|\b(non|pas)\s+(requis|exige|necessaire|obligatoire)\b")]
    private static partial System.Text.RegularExpressions.Regex NotNeeded();

    /// <summary>
    /// Working times asked as a condition (nights, weekends, shifts …): not met when the candidate says they cannot work one
    /// of them, met when they say they can work every one; anything else is no check (the condition stays a reminder).
    /// </summary>
    private static RequirementCheck? Availability(GeneralRequirement requirement, CandidateProfile p)
    {
        var kinds = (requirement.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var refused = kinds.Where(p.Unavailable.Contains).ToList();
        if (refused.Count > 0)
        {
            return new RequirementCheck("availability", "not-met", requirement.Citation) { Required = string.Join(",", refused), Given = "no" };
        }

        return kinds.Length > 0 && kinds.All(p.AvailableFor.Contains)
            ? new RequirementCheck("availability", "met", requirement.Citation) { Required = requirement.Value, Given = "yes" }
            : null;
    }

    /// <summary>
    /// The candidate's refused word that the willingness sentence asks for ("wapen" against "bereid een dienstwapen te dragen"),
    /// or null when their refusal is about something else. A word matches a word of the sentence that begins with it or
    /// holds it whole (a compound: "dienstwapen"); words of fewer than five letters match only at a word's start.
    /// </summary>
    private static string? Refused(GeneralRequirement requirement, CandidateProfile p) => DeclinedLines.Named(p.Declines, requirement.Citation.Quote);

    /// <summary>Whether a certificate requirement asks the certificate to be refreshed or recent ("met de jaarlijkse bijscholing").</summary>
    public static bool MustBeKeptCurrent(GeneralRequirement requirement) => requirement.Kind == "certificate" && KeptCurrent().IsMatch(requirement.Citation.Quote);

    /// <summary>A certificate that must be refreshed or recent to count: a refresher course, a renewal, a maximum age.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(bijscholing\w*|herhalingscursus\w*|opfris\w*|recyclage\w*|bijgeschoold|hernieuw\w*|vernieuwd\w*|refresher\w*|recertifi\w*|renewed)\b|\bniet\s+ouder\s+dan\b|\bnot\s+older\s+than\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex KeptCurrent();

    /// <summary>A conduct line that asks a record without convictions: "zonder veroordelingen", "blanco", "geen veroordeling", "without convictions".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bzonder\s+(?:\w+\s+)?(?:veroordeling\w*|vermelding\w*)|\bblanco\b|\bgeen\s+(?:\w+\s+)?veroordeling\w*|\bwithout\s+(?:any\s+)?(?:convictions?|entries)|\bclean\s+(?:criminal\s+)?record|\bsans\s+condamnation|\bcasier\s+(?:judiciaire\s+)?vierge")]
    private static partial System.Text.RegularExpressions.Regex NoConviction();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(maar|wel|behalve|uitgezonderd|tenzij|but|except|unless|however|mais|sauf)\b")]
    private static partial System.Text.RegularExpressions.Regex TakenBack();

    /// <summary>
    /// A required certificate ("brevet Hoger Redder"): met when the candidate names one with every significant word of it;
    /// lacking it fails, unless the candidate is in training for it and the vacancy admits trainees (then a condition, with
    /// the date); one of another name, or a training the vacancy does not admit or that names another, cannot be decided here.
    /// </summary>
    private static RequirementCheck Certificate(GeneralRequirement requirement, CandidateProfile p, GeneralRequirement? trainees)
    {
        var name = requirement.Value ?? "";
        // "reddersbrevet Redder Zwembaden of Hoger Redder, of (BSA)": any one of the names listed is accepted.
        var names = CertificateAlternatives().Split(name).Where(n => n.Trim().Length > 0).ToList();
        if (p.Certificates.FirstOrDefault(c => names.Any(n => NamesCertificate(c, n))) is { } held)
        {
            // A certificate that must be kept current ("met de verplichte jaarlijkse bijscholing", "niet ouder dan 3 jaar"): the
            // name alone does not meet it; the candidate's word on its being current decides, and without one it is open.
            if (MustBeKeptCurrent(requirement) && p.CertificateCurrent != true)
            {
                return new RequirementCheck("certificate", p.CertificateCurrent == false ? "not-met" : "unknown", requirement.Citation)
                {
                    Required = name, Given = held, Caveat = p.CertificateCurrent == false ? null : "certificate",
                };
            }

            return new RequirementCheck("certificate", "met", requirement.Citation) { Required = name, Given = held };
        }

        if (p.CertificateTraining is { } training)
        {
            // Only a training that names the certificate ("de opleiding Hoger Redder") counts as training for it.
            return trainees is not null && NamesCertificate(training, name)
                ? new RequirementCheck("certificate", "condition", trainees.Citation) { Required = name, Given = "training", Caveat = trainees.Value }
                : new RequirementCheck("certificate", "unknown", requirement.Citation) { Required = name, Given = "training", Caveat = "certificate" };
        }

        return p.LacksCertificate == true
            ? new RequirementCheck("certificate", "not-met", requirement.Citation) { Required = name, Given = "none" }
            : new RequirementCheck("certificate", "unknown", requirement.Citation) { Required = name, Given = string.Join(", ", p.Certificates), Caveat = "certificate" };
    }

    /// <summary>A word for a certificate, or a compound of one ("reddersbrevet"): no part of the certificate's own name.</summary>
    private static bool CertificateWord(string w) =>
        w.EndsWith("brevet", StringComparison.Ordinal) || w.EndsWith("attest", StringComparison.Ordinal) || w.EndsWith("certificaat", StringComparison.Ordinal) || w.EndsWith("getuigschrift", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@",?\s+of\s+(?:het\s+|de\s+|een\s+)?|,\s*|[()]")]
    private static partial System.Text.RegularExpressions.Regex CertificateAlternatives();

    /// <summary>Every word of four letters or more of the required name occurs in the candidate's words (by its first five letters).</summary>
    public static bool NamesCertificate(string given, string required)
    {
        var words = TextFold.Fold(required).Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !CertificateWord(w) && w is not ("geldig" or "geldige" or "franstalige" or "nederlandstalige")).ToList();
        var folded = TextFold.Fold(given);
        // "preventieadviseur niveau 1": a level in the name is part of it; a candidate's certificate of another level, or of a level
        // they did not say, is not it.
        var requiredLevel = CertificateLevel().Match(TextFold.Fold(required));
        var ownLevel = CertificateLevel().Match(folded);
        if (requiredLevel.Success && (!ownLevel.Success || ownLevel.Groups["n"].Value != requiredLevel.Groups["n"].Value))
        {
            return false;
        }

        return words.Count > 0 && words.All(w => folded.Contains(w[..Math.Min(5, w.Length)], StringComparison.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:niveau|level|niv\.?|graad)\s*(?<n>\d|i{1,3})\b")]
    private static partial System.Text.RegularExpressions.Regex CertificateLevel();

    /// <summary>
    /// A residence and work permit asked of candidates from outside the EEA: not needed by a Belgian, EU or EEA national; for
    /// anyone else it is met or failed by what they said about their permit, and unknown (caps a yes) when they said nothing.
    /// </summary>
    private static RequirementCheck WorkPermit(GeneralRequirement requirement, CandidateProfile p)
    {
        if (p.Nationality is "BE" or "EU" or "EEA")
        {
            return new RequirementCheck("work-permit", "met", requirement.Citation) { Required = requirement.Value, Caveat = "not-applicable" };
        }

        return p.WorkPermit switch
        {
            true => new RequirementCheck("work-permit", "met", requirement.Citation) { Required = requirement.Value, Given = "permit" },
            false => new RequirementCheck("work-permit", "not-met", requirement.Citation) { Required = requirement.Value, Given = "none" },
            null => new RequirementCheck("work-permit", "unknown", requirement.Citation) { Required = requirement.Value, Caveat = "work-permit" },
        };
    }

    private static RequirementCheck Nationality(GeneralRequirement requirement, string given, string? postKind)
    {
        // Which of the candidate's nationalities (BE, EU, EEA incl. Switzerland, other) each requirement admits; a
        // nationality the candidate stated but no table classifies ("unknown") is decided only where none is required.
        bool? met = requirement.Value switch
        {
            "none" => true,
            _ when given == "unknown" => requirement.Value == "none" ? true : null,
            "BE" => given == "BE",
            "EU" => given is "BE" or "EU",
            "EEA" or "EEA+CH" => given is "BE" or "EU" or "EEA",
            _ => null,
        };
        // The candidate asks about a post the condition does not bind ("Voor contractuele aanwervingen geldt deze voorwaarde niet",
        // "Enkel voor de statutaire betrekking: …"): met for that post, and the answer says which.
        if (met == false && PostExempt(requirement.Citation.Quote, postKind))
        {
            return new RequirementCheck("nationality", "met", requirement.Citation) { Required = requirement.Value, Given = given, Caveat = "post-kind" };
        }

        // "Voor contractuele aanwervingen geldt deze voorwaarde niet": the no holds for the post the condition binds; the answer says so.
        return new RequirementCheck("nationality", met switch { true => "met", false => "not-met", null => "unknown" }, requirement.Citation)
        {
            Required = requirement.Value,
            Given = given,
            Caveat = met == false && Assistant.Core.Text.ScopeLimits.LimitingSentence(requirement.Citation.Quote) is not null ? "not-for-all" : null,
        };
    }

    private static RequirementCheck Licence(GeneralRequirement requirement, bool hasLicence, IReadOnlyList<string> categories)
    {
        var category = requirement.Value ?? "B";
        // "Heb je het nog niet, dan behaal je het binnen zes maanden na je indiensttreding": lacking it admits on that condition.
        var failed = ObtainLater.In(requirement.Citation.Quote) ? "condition" : "not-met";
        if (!hasLicence)
        {
            return new RequirementCheck("licence", failed, requirement.Citation) { Required = category, Given = "none", Caveat = failed == "condition" ? "licence-later" : null };
        }

        if (categories.Count > 0)
        {
            // A heavier category includes the lighter ones it builds on (C and D need B; CE needs C; BE needs B).
            var covers = categories.Any(c => Includes(c.ToUpperInvariant(), category));
            return new RequirementCheck("licence", covers ? "met" : failed, requirement.Citation)
            {
                Required = category, Given = string.Join("+", categories), Caveat = !covers && failed == "condition" ? "licence-later" : null,
            };
        }

        // "I have a driving licence" is a B licence; any other category must be named before it counts.
        return category == "B"
            ? new RequirementCheck("licence", "met", requirement.Citation) { Required = category, Given = "B" }
            : new RequirementCheck("licence", "unknown", requirement.Citation) { Required = category, Caveat = "licence-category" };
    }

    /// <summary>
    /// A licence held for a minimum time ("rijbewijs B sinds minstens 3 jaar", "minstens twee jaar in het bezit van een
    /// rijbewijs", "permis B depuis au moins 2 ans", "held a licence for at least two years"): a licence the candidate has held
    /// for less fails it, one held long enough meets it, and one of which they said no time is asked about (no yes).
    /// </summary>
    private static RequirementCheck LicenceHeldLongEnough(RequirementCheck check, CandidateProfile profile, DateOnly? judgedOn)
    {
        if (check.Outcome != "met" || RequiredLicenceMonths(check.Citation.Quote) is not { } needed)
        {
            return check;
        }

        int? least = profile.LicenceMonths, most = profile.LicenceMonths;
        if (profile.LicenceSinceYear is { } since)
        {
            // A year obtained counts only against the day the vacancy is judged on; without one it is asked.
            if (judgedOn is not { } judged)
            {
                return check with { Outcome = "unknown", Caveat = "licence-years", Required = check.Required + "|" + needed.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }

            var year = since <= 0 ? judged.Year + since : since;
            least = ((judged.Year - year - 1) * 12) + judged.Month - 1;
            most = ((judged.Year - year) * 12) + judged.Month;
        }

        var outcome = least >= needed ? "met" : most < needed ? "not-met" : "unknown";
        return check with
        {
            Outcome = outcome,
            Caveat = outcome == "met" ? check.Caveat : "licence-years",
            Given = outcome == "not-met" ? Math.Max(0, most!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture) : check.Given,
            Required = outcome == "met" ? check.Required : check.Required + "|" + needed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The months a requirement sentence asks the licence to have been held, or null when it names no such time.</summary>
    internal static int? RequiredLicenceMonths(string quote)
    {
        var text = " " + TextFold.Fold(quote) + " ";
        foreach (System.Text.RegularExpressions.Match m in HeldSpan().Matches(text))
        {
            var unit = m.Groups["u"].Value;
            var n = SpanNumber(m.Groups["n"].Value);
            if (n is not null)
            {
                return unit.StartsWith("maand", StringComparison.Ordinal) || unit.StartsWith("month", StringComparison.Ordinal) || unit == "mois" ? n : n * 12;
            }
        }

        return null;
    }

    /// <summary>A span's number: digits below 100 or a number word ("twee", "two", "deux").</summary>
    private static int? SpanNumber(string w) => int.TryParse(w, out var n) ? (n is > 0 and < 100 ? n : null) : NumberWords.Word(w);

    // The span is bound to the licence in the same clause: after it with a word of holding ("rijbewijs B sinds minstens 3 jaar",
    // "je hebt dat rijbewijs al minstens een jaar",
    // "permis B depuis au moins 2 ans", "licence held for at least 2 years"), before it with one ("minstens 2 jaar in het
    // bezit van een rijbewijs", "at least two years of driving experience"), or as driving experience ("3 jaar rijervaring").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:rijbewijs|licen[cs]e|permis)\w*(?:\s+(?:de\s+conduire|categorie|category|cat\.?|type))?(?:\s+[a-e][e1]?)?\s*(?:\(\w+\)\s*)?,?\s+(?:(?:dat\s+)?(?:je|u)\s+(?:al\s+|reeds\s+)?(?:hebt|heeft|bezit)\s+)?(?:(?:al|reeds|already)\s+(?:(?:sinds|sedert|for|depuis)\s+)?|(?:sinds|sedert|gedurende|voor|depuis|held\s+for|for|obtenu\s+depuis|behaald\s+sinds|in\s+(?:je|uw)\s+bezit\s+sinds)\s+)(?:(?:minstens|minimum|ten\s*minste|meer\s+dan|at\s+least|more\s+than|au\s+moins|plus\s+de|min\.?)\s+)?(?<n>\d{1,2}|een|één|one|un|twee|two|deux|drie|three|trois|vier|four|quatre|vijf|five|cinq|zes|six)\s+(?<u>jaar|jaren|years?|ans|an|annees|maanden|maand|months?|mois)\b|(?:minstens|minimum|ten\s*minste|meer\s+dan|at\s+least|more\s+than|au\s+moins|plus\s+de|min\.?)\s+(?<n>\d{1,2}|een|één|one|un|twee|two|deux|drie|three|trois|vier|four|quatre|vijf|five|cinq|zes|six)\s+(?<u>jaar|jaren|years?|ans|an|annees|maanden|maand|months?|mois)\s+(?:(?:in\s+het\s+bezit|in\s+bezit|houder|titulaire|holder|held)\s+(?:zijn\s+)?(?:van\s+|of\s+|d\s*'?\s*|du\s+)?(?:een\s+|het\s+|je\s+|uw\s+|a\s+|your\s+|un\s+|le\s+)?(?:geldig\s+|valid\s+|valide\s+)?(?:rijbewijs|licen[cs]e|driving|permis)|rijervaring|driving\s+experience|d\s*'?\s*experience\s+de\s+conduite|ervaring\s+met\s+(?:je|uw|een)\s+rijbewijs)|(?<n>\d{1,2}|twee|two|deux|drie|three|trois)\s+(?<u>jaar|years?|ans)\s+(?:rijervaring|driving\s+experience)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.ExplicitCapture)]
    private static partial System.Text.RegularExpressions.Regex HeldSpan();

    /// <summary>Whether a condition's sentence exempts the kind of post the candidate asks about, or binds only the other kind.</summary>
    private static bool PostExempt(string quote, string? postKind)
    {
        if (postKind is null)
        {
            return false;
        }

        var (mine, other) = postKind == "contractual" ? (ContractPost(), StatutoryPost()) : (StatutoryPost(), ContractPost());
        var limit = Assistant.Core.Text.ScopeLimits.LimitingSentence(quote);
        if (limit is not null && mine.IsMatch(TextFold.Fold(limit)) && !other.IsMatch(TextFold.Fold(limit)))
        {
            return true;
        }

        var binding = TextFold.Fold(limit is null ? quote : quote.Replace(limit, "", StringComparison.Ordinal));
        return limit is null && other.IsMatch(binding) && !mine.IsMatch(binding);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcontract\w*|\bcdi\b|\barbeidsovereenkomst")]
    private static partial System.Text.RegularExpressions.Regex ContractPost();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bstatut\w*|\bvaste benoeming|\bbenoemd\b|\bnomination\b|\bappointment\b")]
    private static partial System.Text.RegularExpressions.Regex StatutoryPost();

    internal static bool Includes(string held, string required) => held == required || (held, required) switch
    {
        ("C" or "C1" or "CE" or "C1E" or "D" or "D1" or "DE" or "BE", "B") => true,
        ("CE" or "C", "C1") => true,
        ("CE", "C") => true,
        ("DE" or "D", "D1") => true,
        ("DE", "D") => true,
        _ => false,
    };

    /// <summary>The rank of a CEFR level (A1 = 1 … C2 = 6), or null when <paramref name="level"/> is none.</summary>
    public static int? Cefr(string? level) => level?.Trim().ToUpperInvariant() switch
    {
        "A1" => 1,
        "A2" => 2,
        "B1" => 3,
        "B2" => 4,
        "C1" => 5,
        "C2" => 6,
        _ => null,
    };

    /// <summary>
    /// A code the licence must carry (code 95 for professional drivers, ADR): met when the candidate names it, failed when they
    /// have no licence, lack it or hold only the categories they named; unknown (asked for) when they said nothing about it.
    /// </summary>
    private static RequirementCheck LicenceCode(GeneralRequirement requirement, CandidateProfile p)
    {
        var code = requirement.Value ?? "95";
        if (p.LicenceCodes.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            return new RequirementCheck("licence-code", "met", requirement.Citation) { Required = code, Given = code == "95" ? "code 95" : code };
        }

        return p.DrivingLicence == false || p.LacksLicenceCodes == true
            ? new RequirementCheck("licence-code", "not-met", requirement.Citation) { Required = code, Given = "none" }
            : new RequirementCheck("licence-code", "unknown", requirement.Citation) { Required = code, Caveat = "licence-code" };
    }

    private static bool BelowRequiredLevel(GeneralRequirement requirement, CandidateProfile profile) =>
        Cefr(requirement.Value) is { } required && Cefr(profile.DutchLevel) is { } given && given < required;

    private static RequirementCheck DiplomaLanguage(GeneralRequirement requirement, string issued)
    {
        if (issued == "nl")
        {
            return new RequirementCheck("diploma-language", "met", requirement.Citation) { Required = "nl", Given = "nl" };
        }

        return NamesLanguageProof(requirement.Citation.Quote)
            ? new RequirementCheck("language", "condition", requirement.Citation) { Required = requirement.Value, Given = issued, Caveat = "language-attest" }
            : new RequirementCheck("diploma-language", "not-met", requirement.Citation) { Required = "nl", Given = issued };
    }

    /// <summary>Whether the requirement is about the language the diploma was issued in ("je diploma moet in het Nederlands behaald zijn").</summary>
    private static bool AboutDiplomaLanguage(string quote) => DiplomaInDutch().IsMatch(quote) || ForDiplomaNotInDutch(quote);

    /// <summary>Whether the requirement names a proof that replaces a diploma in Dutch (a language certificate or exam, art. 7).</summary>
    private static bool NamesLanguageProof(string quote) => LanguageProof().IsMatch(quote);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bdiploma('s)?\b[^.;]{0,60}?\b(in\s+het\s+)?nederlands\w*\s+(behaald|uitgereikt|afgeleverd|gevolgd)|\bdiploma('s)?\b[^.;]{0,40}?\b(behaald|uitgereikt|afgeleverd)\s+(zijn\s+|werd\s+|is\s+)?in\s+het\s+nederlands|\bnederlandstalig\w*\s+(\w+\s+)?diploma", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DiplomaInDutch();

    [System.Text.RegularExpressions.GeneratedRegex(@"\btaal(attest|certificaat|examen|test|proef)|\battest\b|\bcertificaat\b|\bart(ikel|\.)?\s*7\b|\bselor\b|\bbosa\b|\b(bewijs|bewijzen|aantonen|toon)\w*\b[^.;]{0,30}\bkennis", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LanguageProof();

    /// <summary>The language requirement applies to those whose diploma was not issued in Dutch.</summary>
    private static bool ForDiplomaNotInDutch(string quote) => DiplomaNotInDutch().IsMatch(quote);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(geen|niet\s+(een|het)?)\s*(\w+\s+){0,2}diploma\b.{0,60}\bnederlands|\bdiploma\b.{0,40}\b(niet|geen)\b.{0,30}\bnederlands|\bdiploma\b.{0,30}\b(in\s+een\s+andere\s+taal|anderstalig|buitenland)|\b(anderstalig|buitenlands)\w*\s+diploma", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DiplomaNotInDutch();
}
