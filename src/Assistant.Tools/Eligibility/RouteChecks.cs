using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>Checks one route's diploma, field, experience, tests and internal conditions against a profile.</summary>
public static partial class RouteChecks
{
    /// <summary>The route's outcome: not-eligible if a check fails, unknown if one is unknown, conditional if a test remains, else eligible.</summary>
    /// <param name="route">The route.</param>
    /// <param name="profile">What the candidate said.</param>
    /// <param name="studentsAdmitted">The vacancy lets final-year students take part.</param>
    /// <param name="graduateRoute">The vacancy has a route of its own for a graduaat: then a graduaat is not "an equivalent" of a bachelor.</param>
    /// <param name="referenceYear">The year recent experience is counted back from (the deadline's), null when not known.</param>
    /// <param name="studentsRefused">The vacancy says final-year students are not admitted.</param>
    public static RouteEvaluation Evaluate(AdmissionRoute route, CandidateProfile profile, bool studentsAdmitted = false, bool graduateRoute = false, int? referenceYear = null, bool studentsRefused = false)
    {
        var checks = new List<RequirementCheck>();
        if (route.Audience == RouteAudience.External || route.Diploma != DiplomaLevel.None)
        {
            checks.AddRange(profile.FinalYearStudent == true && route.Diploma != DiplomaLevel.None
                ? FinalYear(route, profile, studentsAdmitted, studentsRefused)
                : Diploma(route, profile, graduateRoute));
        }

        if (route.MinExperienceYears is { } years)
        {
            var recent = RecentOnly(route, profile, referenceYear);
            var experience = Experience(route, years, recent);
            // Short only because dated work lies before the window: the answer names the window.
            checks.Add(experience.Outcome == "not-met" && !ReferenceEquals(recent, profile) && experience.Caveat is null
                ? experience with { Caveat = "recent:" + Recency.WindowYears(route.Citation.Quote) }
                : experience);
            if (route is { IncludedMinYears: { } part, IncludedKind: { } partKind } && profile.Experience.Count > 0)
            {
                checks.Add(IncludedExperience(route, part, partKind, profile));
            }
        }

        if (route.Internal is { } internalCondition)
        {
            checks.AddRange(InternalChecks.Evaluate(route, internalCondition, profile));
        }

        var holdsProof = route.Alternative.Any(o => o.Kind == "proof" && HoldsProof(o, profile));
        if (ProofToHold(route))
        {
            // "een EVC-attest als verzorgende" listed beside the diploma: a proof held when applying, not one to obtain later.
            // Held: met. A candidate who spoke of their qualifications and named none: not met. Nothing said: asked for.
            var proof = route.Alternative[0];
            var spoke = profile.Diploma is not null || profile.LacksDiploma is not null || profile.Graduate is not null || profile.Certificates.Count > 0 || profile.LacksCertificate is not null;
            // A proof of the right kind whose level the candidate did not say, for a proof that opens one level: asked, never refused.
            var levelUnsaid = LevelOpened(proof.Citation.Quote) is not null
                && profile.Certificates.Any(c => ProofKind(c) is { } k && k == ProofKind(proof.Name) && LevelOpened(c) is null);
            checks.Add(holdsProof ? new RequirementCheck("proof", "met", proof.Citation) { Required = proof.Name }
                : levelUnsaid ? new RequirementCheck("certificate", "unknown", proof.Citation) { Required = proof.Name }
                : spoke ? new RequirementCheck("proof", "not-met", proof.Citation) { Required = string.Join(" / ", route.Alternative.Select(a => a.Name)), Given = "none" }
                : new RequirementCheck("certificate", "unknown", proof.Citation) { Required = proof.Name });
        }
        else
        {
            checks.AddRange(route.Alternative.Select(a => new RequirementCheck(a.Kind == "proof" ? "proof" : "test", a.Kind == "proof" && holdsProof ? "met" : "condition", a.Citation) { Required = a.Name }));
        }

        if (route.Alternative.Count == 0 && ObtainedAfterStart(route.Citation.Quote)
            && !profile.Certificates.Any(c => c.Length >= 3 && route.Citation.Quote.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            // "Zonder diploma: 1 jaar ervaring; je moet dan wel binnen 2 jaar na je indiensttreding het attest X behalen": the route
            // admits on that condition, never unconditionally.
            checks.Add(new RequirementCheck("certificate", "condition", route.Citation) { Caveat = "obtain-later" });
        }

        var outcome = checks.Any(c => c.Outcome == "not-met") ? "not-eligible"
            : checks.Any(c => c.Outcome == "unknown") ? "unknown"
            : checks.Any(c => c.Outcome == "condition") ? "conditional"
            : "eligible";
        return new RouteEvaluation(route, outcome, checks);
    }

    /// <summary>
    /// The candidate says they hold a proof of the kind the route asks for (an EVC certificate, an ervaringsbewijs, a
    /// beroepskwalificatie) and, when the route names a trade, one naming that trade too: then it is no longer to obtain.
    /// </summary>
    private static bool HoldsProof(RouteCondition proof, CandidateProfile p)
    {
        var kind = ProofKind(proof.Name);
        if (kind is null)
        {
            return false;
        }

        // The trades the proof is for: words of its name after the kind ("EVC-attest verzorgende") and "als <trade>" in its sentence.
        var trade = proof.Name.ToLowerInvariant().Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5 && ProofKind(w) is null && w is not ("certificaat" or "attest" or "bewijs" or "traject" or "verworven" or "competenties" or "getuigschrift" or "brevet" or "kwalificatiebewijs"))
            .Concat(TradeAfterAls().Matches(proof.Citation.Quote).Select(m => m.Groups[1].Value.ToLowerInvariant())).ToList();
        // A certificate of a trade ("attest of brevet kinderbegeleider") is held only when the candidate names that trade; a proof
        // that opens a level ("een EVC-attest dat toegang geeft tot niveau B") only when the candidate's names that level.
        var level = LevelOpened(proof.Citation.Quote);
        return p.Certificates.Any(c => ProofKind(c) == kind && ((trade.Count == 0 && kind != "certificate") || trade.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase)))
            && (level is null || LevelOpened(c) == level));
    }

    /// <summary>The level a proof opens, as its sentence or the candidate names it ("toegang tot niveau B", "voor niveau C"), or null.</summary>
    private static char? LevelOpened(string text) =>
        OpenedLevel().Match(text) is { Success: true } m ? char.ToUpperInvariant(m.Groups["l"].Value[0]) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:niveau|level|niveaus)\s+(?<l>[A-Ea-e])\b")]
    private static partial System.Text.RegularExpressions.Regex OpenedLevel();

    /// <summary>
    /// Whether a route's sentence obliges those it admits to obtain a certificate after starting ("je moet dan wel binnen 2 jaar
    /// na je indiensttreding het attest X behalen", "mits je het brevet binnen het jaar haalt", "you must obtain the certificate
    /// within 12 months of starting"), where the sentence makes it a duty; a certificate simply obtained in the training the
    /// job includes ("je behaalt het brevet tijdens de opleiding") is no condition.
    /// </summary>
    private static bool ObtainedAfterStart(string quote) =>
        ObtainLater.In(quote) && CertificateWord().IsMatch(quote.ToLowerInvariant()) && Obliges().IsMatch(quote) && !PastObtained().IsMatch(quote);

    /// <summary>Words that make the obtaining a duty of the candidate ("je moet", "mits", "you must"), not a training the job simply includes.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(moet|moeten|dient|dienen|verplicht\w*|mits|op\s+voorwaarde|must|have\s+to|has\s+to|required\s+to|on\s+condition|provided\s+that|doi[st]|devez|doivent|[aà]\s+condition|obligatoire\w*)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Obliges();

    /// <summary>"heb je het attest al behaald", "certificate already obtained": something held, not still to obtain.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(al|reeds|already|déjà)\s+(behaald|gehaald|obtained|obtenu)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PastObtained();

    /// <summary>A route without a diploma whose only condition is a proof, with no word of obtaining it later.</summary>
    private static bool ProofToHold(AdmissionRoute route) =>
        route.Diploma == DiplomaLevel.None && route.MinExperienceYears is null && route.Internal is null && route.Alternative.Count > 0
        && route.Alternative.All(a => a.Kind == "proof") && !ObtainLater.In(route.Citation.Quote) && !FollowsPath().IsMatch(route.Citation.Quote);

    // Besides obtaining later (ObtainLater): a proof reached by a path the candidate follows ("een EVC-traject doorlopen", "op
    // voorwaarde dat je het traject volgt"), or one due by a time after applying ("binnen …", "bij indiensttreding").
    [System.Text.RegularExpressions.GeneratedRegex(@"doorloop|\bvolg|\bbinnen\b|indiensttreding|op voorwaarde|\bmits\b|\btraject", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FollowsPath();

    [System.Text.RegularExpressions.GeneratedRegex(@"attest|brevet|certifica|kwalificatiebewijs|getuigschrift|certificate")]
    private static partial System.Text.RegularExpressions.Regex CertificateWord();

    private static string? ProofKind(string text)
    {
        var t = text.ToLowerInvariant();
        return t.Contains("evc", StringComparison.Ordinal) || t.Contains("verworven competenties", StringComparison.Ordinal) ? "evc"
            : t.Contains("ervaringsbewijs", StringComparison.Ordinal) ? "ervaringsbewijs"
            : t.Contains("beroepskwalificatie", StringComparison.Ordinal) ? "beroepskwalificatie"
            : CertificateWord().IsMatch(t) ? "certificate"
            : null;
    }

    private static IEnumerable<RequirementCheck> Diploma(AdmissionRoute route, CandidateProfile p, bool graduateRoute)
    {
        var required = route.Diploma;
        var name = required.ToString().ToLowerInvariant();
        if (required == DiplomaLevel.None)
        {
            yield return new RequirementCheck("diploma", "met", route.Citation) { Required = "none" };
            // "Houder zijn van het geschiktheidsattest: het attest vervangt elke diplomavereiste": no diploma, but that certificate.
            if (RouteReading.CertificateInstead(route, p) is { } certificate)
            {
                yield return certificate;
            }

            yield break;
        }

        if (p.ForeignDiploma == true && p.Diploma is null)
        {
            yield return new RequirementCheck("diploma", "unknown", route.Citation) { Required = name, Caveat = "foreign-diploma" };
            yield break;
        }

        // A graduaat named without a level is the graduate level: it satisfies secondary, and bachelor only "or equivalent"
        // (need-info), unless the vacancy gives the graduaat a route of its own (then that route decides).
        if ((p.Diploma ?? (p.Graduate == true ? DiplomaLevel.Graduate : null)) is { } has)
        {
            if (has == DiplomaLevel.Graduate && required >= DiplomaLevel.Bachelor)
            {
                var open = route.EquivalentAccepted && !graduateRoute;
                yield return new RequirementCheck("diploma", open ? "unknown" : "not-met", route.Citation) { Required = name, Given = "graduate", Caveat = open ? "graduate" : null };
                yield break;
            }

            if (has < required)
            {
                // "Een diploma of getuigschrift van zorgkundige, of een graduaat verpleegkunde" read as the graduaat route only: the
                // candidate's own qualification, named in the route's sentence beside the level read, is never refused on that level.
                var named = NamedBeside(route, p.DiplomaField);
                yield return new RequirementCheck("diploma", named ? "unknown" : "not-met", route.Citation) { Required = name, Given = has.ToString().ToLowerInvariant(), Caveat = named ? "named-alternative" : null };
                yield break;
            }

            // A diploma from abroad of a sufficient level admits on condition of its equivalence (NARIC): a condition still to meet.
            yield return new RequirementCheck("diploma", p.ForeignDiploma == true ? "condition" : "met", route.Citation)
            {
                Required = name, Given = has.ToString().ToLowerInvariant(), Caveat = p.ForeignDiploma == true ? "foreign-diploma" : null,
            };
            if (route.DiplomaField is { } field && !AnyField.IsWhole(field))
            {
                yield return FieldCheck(route, field, p);
            }

            yield break;
        }

        // A route whose own words name a lower stage ("getuigschrift van de tweede graad secundair onderwijs") read as a secondary
        // route: a candidate who says they finished that lower stage may hold just what it asks, so it is asked, not refused.
        if (p.LacksDiploma == DiplomaLevel.Secondary && required == DiplomaLevel.Secondary && p.DiplomaWords is { } said && LowerSecondary.In(TextFold.Fold(said))
            && LowerSecondary.In(TextFold.Fold(route.Citation.Quote)))
        {
            // The same stage or a later one than the route's own ("2de graad" for "minstens een getuigschrift van de tweede graad"):
            // just what it asks, met.
            var met = LowerSecondary.Grade(TextFold.Fold(said)) is { } own && LowerSecondary.Grade(TextFold.Fold(route.Citation.Quote)) is { } asked && own >= asked
                && !VerdictGuard.Refuses(route.Citation.Quote) && !NotEnough().IsMatch(TextFold.Fold(route.Citation.Quote))
                && (route.DiplomaField is { } stageField ? AnyField.IsWhole(stageField) : !FieldNamed(TextFold.Fold(route.Citation.Quote)));
            yield return new RequirementCheck("diploma", met ? "met" : "unknown", route.Citation) { Required = name, Given = met ? "lower-secondary" : null };
            yield break;
        }

        if (p.LacksDiploma is { } lacks && lacks <= required)
        {
            yield return new RequirementCheck("diploma", "not-met", route.Citation) { Required = name, Given = "no-" + lacks.ToString().ToLowerInvariant() };
            yield break;
        }

        // A diploma said to be held and named by its programme alone ("een diploma kinderzorg", "a degree in nursing"): a full diploma,
        // so at least the secondary level a secondary route asks; a higher level is not known, so a higher route still asks it.
        if (p.DiplomaNamedByField == true && required == DiplomaLevel.Secondary && p.FinalYearStudent != true && p.Student != true && p.Graduate != true)
        {
            yield return new RequirementCheck("diploma", "met", route.Citation) { Required = name, Given = "secondary" };
            if (route.DiplomaField is { } programmeField && !AnyField.IsWhole(programmeField))
            {
                yield return FieldCheck(route, programmeField, p);
            }

            yield break;
        }

        // A diploma named by its field alone ("een diploma handel", "un diplôme en comptabilité"): its level is not known, but a
        // field the route does not accept fails the route whatever that level is, when both fields are of known sectors that
        // have nothing in common (words without a level are read less surely as a field: anything else is asked).
        if (p.DiplomaField is { } given && route.DiplomaField is { } wanted && !AnyField.IsWhole(wanted)
            && Sectors.Of(given) is { Count: > 0 } givenSectors && Sectors.Of(wanted) is { Count: > 0 } wantedSectors && !givenSectors.Overlaps(wantedSectors)
            && FieldCheck(route, wanted, p) is { Outcome: "not-met" } otherField)
        {
            yield return new RequirementCheck("diploma", "unknown", route.Citation) { Required = name };
            yield return otherField;
            yield break;
        }

        yield return new RequirementCheck("diploma", "unknown", route.Citation) { Required = name };
    }

    /// <summary>
    /// A final-year student does not hold the diploma yet: admitted on condition of obtaining it when the vacancy says
    /// final-year students may apply, else undecided (the contact decides); a lower level than required still fails.
    /// </summary>
    private static IEnumerable<RequirementCheck> FinalYear(AdmissionRoute route, CandidateProfile p, bool studentsAdmitted, bool studentsRefused)
    {
        var name = route.Diploma.ToString().ToLowerInvariant();
        if (p.Diploma is { } studying && studying < route.Diploma)
        {
            yield return new RequirementCheck("diploma", "not-met", route.Citation) { Required = name, Given = studying.ToString().ToLowerInvariant() };
            yield break;
        }

        yield return studentsRefused
            ? new RequirementCheck("diploma", "not-met", route.Citation) { Required = name, Caveat = "final-year" }
            : studentsAdmitted
            ? new RequirementCheck("diploma", "condition", route.Citation) { Required = name, Caveat = "final-year" }
            : new RequirementCheck("diploma", "unknown", route.Citation) { Required = name, Caveat = "final-year" };
        if (route.DiplomaField is { } field && !AnyField.IsWhole(field))
        {
            yield return FieldCheck(route, field, p);
        }
    }

    private static RequirementCheck FieldCheck(AdmissionRoute route, string field, CandidateProfile p)
    {
        if (p.DiplomaField is null)
        {
            return new RequirementCheck("diploma-field", "unknown", route.Citation) { Required = field };
        }

        // A field read as no word of substance (an article, a broken-off part "systeem-"): no field rule can decide it, in
        // either direction; the route's sentence is quoted to check.
        if (!TextFold.Words(field).Any(Substantive) || field.TrimEnd().EndsWith('-'))
        {
            return new RequirementCheck("diploma-field", "unknown", route.Citation) { Required = field, Given = p.DiplomaField };
        }

        // The candidate's words with the programme names they imply ("burgerlijk ingenieur" is a master in the engineering
        // sciences, "électricien" is elektrotechniek), compared with the field the vacancy writes.
        var given = FieldFamilies.FoldExpand(p.DiplomaField);
        var wanted = TextFold.Fold(field);
        var alternatives = Alternatives(wanted).ToList();
        // "ingenieurswetenschappen: elektrotechniek of elektromechanica": a programme (before the colon) and its options.
        var head = wanted.Contains(':', StringComparison.Ordinal) ? wanted[..wanted.IndexOf(':')].Trim() : null;
        head = head is not null && (head.Contains(',', StringComparison.Ordinal) || head.Contains(" of ", StringComparison.Ordinal)) ? null : head;
        var optionMet = alternatives.Any(alternative => Covers(given, alternative));
        if (FieldFamilies.OtherProgramme(given, wanted))
        {
            // An industrial engineer for a master in the engineering sciences: another programme, whatever the option. When the
            // route's own sentence names the candidate's programme too (a list the field did not keep whole), the option decides
            // only if nothing in it excludes; else the relation is not certain.
            var quote = " " + TextFold.Fold(route.Citation.Quote) + " ";
            var named = FieldFamilies.Programmes(given).Any(g => quote.Contains(" " + g.Split(' ')[0], StringComparison.Ordinal));
            if (!optionMet || !named)
            {
                return new RequirementCheck("diploma-field", optionMet ? "unknown" : "not-met", route.Citation) { Required = field, Given = p.DiplomaField };
            }

            if (ExcludingWords().IsMatch(quote))
            {
                return new RequirementCheck("diploma-field", "unknown", route.Citation) { Required = field, Given = p.DiplomaField };
            }
        }

        // "technische (elektromechanica, installatietechniek of sanitair)": a kind of field with its members listed (not as examples)
        // admits those members only; a field of that kind that is none of them is another field.
        if (ListedMembers(wanted) is { Count: >= 2 } members && !members.Any(m => NamesMember(given, m)))
        {
            // Only the kind itself ("een technische richting"): which member is not known.
            var onlyKind = given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && w is not ("richting" or "diploma" or "opleiding"))
                .All(w => wanted.StartsWith(w[..Math.Min(5, w.Length)], StringComparison.Ordinal));
            return new RequirementCheck("diploma-field", onlyKind ? "unknown" : "not-met", route.Citation) { Required = field, Given = p.DiplomaField };
        }

        if (optionMet)
        {
            return new RequirementCheck("diploma-field", "met", route.Citation) { Required = field, Given = p.DiplomaField };
        }

        // The programme named without the option the vacancy asks ("master industriële wetenschappen" for "industriële
        // wetenschappen: elektrotechniek of energie"): which option is not known, so neither a yes nor a no. Words beyond the
        // programme name another option: a no.
        if (head is { Length: > 0 } && Covers(given, head) && !Beyond(given, head))
        {
            return new RequirementCheck("diploma-field", "unknown", route.Citation) { Required = field, Given = p.DiplomaField };
        }

        // A field written as a sector ("een studierichting binnen zorg of welzijn", "een sociale of pedagogische richting"): a
        // candidate's field of that sector meets it, one of another known sector does not, anything else is asked.
        if (SectorStyle().IsMatch(route.Citation.Quote) && Sectors.Of(field).Count > 0)
        {
            var state = Sectors.Share(p.DiplomaField, field) ? "met" : Sectors.Of(p.DiplomaField).Count > 0 ? "not-met" : "unknown";
            return new RequirementCheck("diploma-field", state, route.Citation) { Required = field, Given = p.DiplomaField };
        }

        // Less specific than an accepted field ("onderwijs" for "lager onderwijs", "sociaal" for "sociaal werk"): neither a
        // yes nor a no; the candidate is asked which field exactly.
        var lessSpecific = alternatives.Any(alternative => Covers(alternative, given));
        // The route's own sentence lists the candidate's field beside the one read ("master in de biologie, in de biochemie en de
        // biotechnologie of …" read as biologie only): a list the reading cut short admits it too; a sentence that names it
        // elsewhere (a preference, an exclusion) decides nothing.
        if (!lessSpecific && ListedBeside(route.Citation.Quote.ToLowerInvariant(), alternatives, given))
        {
            return new RequirementCheck("diploma-field", "met", route.Citation) { Required = field, Given = p.DiplomaField };
        }

        // "master in de industriële wetenschappen of de ingenieurswetenschappen (bouwkunde, elektromechanica of een verwante richting)":
        // the options the brackets list belong to the field asked, so a candidate who names one of them holds that field.
        if (!lessSpecific && InBrackets(route.Citation.Quote, given))
        {
            return new RequirementCheck("diploma-field", "met", route.Citation) { Required = field, Given = p.DiplomaField };
        }

        return new RequirementCheck("diploma-field", lessSpecific ? "unknown" : "not-met", route.Citation) { Required = field, Given = p.DiplomaField };
    }

    /// <summary>
    /// Whether the route's own sentence names the candidate's qualification (every substantive word of their field) beyond the
    /// field the route was read with: an alternative the reading did not keep as a route of its own.
    /// </summary>
    private static bool NamedBeside(AdmissionRoute route, string? field)
    {
        if (field is null)
        {
            return false;
        }

        var words = TextFold.Words(field).Where(w => w.Length >= 5 && w is not ("diploma" or "master" or "bachelor" or "richting" or "opleiding" or "graduaat" or "secundair" or "onderwijs")).ToList();
        var quote = " " + TextFold.Fold(route.Citation.Quote) + " ";
        var own = route.DiplomaField is { } f ? " " + TextFold.Fold(f) + " " : " ";
        return words.Count is > 0 and <= 3 && words.All(w => quote.Contains(" " + w, StringComparison.Ordinal) && !own.Contains(" " + w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether every substantive word of the candidate's field stands inside one bracket of the route's sentence that lists
    /// options or examples of the field (no word of exclusion or preference in it).
    /// </summary>
    private static bool InBrackets(string quote, string given)
    {
        var givenWords = given.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w is not ("diploma" or "master" or "bachelor" or "richting" or "opleiding" or "graduaat")).ToList();
        if (givenWords.Count is 0 or > 3)
        {
            return false;
        }

        var folded = TextFold.Fold(quote);
        for (var open = folded.IndexOf('(', StringComparison.Ordinal); open >= 0; open = folded.IndexOf('(', open + 1))
        {
            var close = folded.IndexOf(')', open + 1);
            if (close < 0)
            {
                break;
            }

            var inside = " " + folded[(open + 1)..close].Replace(',', ' ') + " ";
            if (!ExcludingWords().IsMatch(inside) && !PreferenceWords().IsMatch(inside)
                && givenWords.All(w => inside.Contains(" " + w[..Math.Min(w.Length, 8)], StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(voorkeur|pluspunt|troef|bonus|preference|avantage)\b")]
    private static partial System.Text.RegularExpressions.Regex PreferenceWords();

    /// <summary>
    /// Whether the candidate's field stands in the same list of fields as an accepted one in the route's sentence: both named
    /// with only other list items between them (no sentence break, bracket or word of exclusion or preference).
    /// </summary>
    private static bool ListedBeside(string quote, IReadOnlyList<string> accepted, string given)
    {
        var givenWords = given.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w is not ("diploma" or "master" or "bachelor" or "richting" or "opleiding")).ToList();
        if (givenWords.Count == 0 || givenWords.Count > 3)
        {
            return false;
        }

        var at = quote.IndexOf(" " + givenWords[0][..Math.Min(6, givenWords[0].Length)], StringComparison.Ordinal);
        if (at < 0 || !givenWords.All(w => quote.IndexOf(w[..Math.Min(6, w.Length)], at, Math.Min(40, quote.Length - at), StringComparison.Ordinal) >= 0))
        {
            return false;
        }

        foreach (var field in accepted)
        {
            var first = field.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.Length >= 4);
            var other = first is null ? -1 : quote.IndexOf(first[..Math.Min(6, first.Length)], StringComparison.Ordinal);
            if (other < 0 || other == at + 1)
            {
                continue;
            }

            var between = other < at ? quote[other..at] : quote[at..other];
            if (between.Length <= 60 && !ListBreak().IsMatch(between))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[.;:()]|\b(geen|niet|behalve|uitgezonderd|tenzij|voorkeur|pluspunt|bij voorkeur|except|not|preferably|sauf|pas|niveau|ervaring|experience)\b")]
    private static partial Regex ListBreak();

    /// <summary>
    /// One item of a list split at its commas: a bracket opened in it and closed in a later item ("sociaal werk (maatschappelijk
    /// werk") gives the field before the bracket and the first member; a bracket closed without being opened ("personeelswerk)")
    /// gives the last member. A bracket that opens and closes within the item stays as it is.
    /// </summary>
    /// <summary>
    /// The members listed in brackets after a one-word kind of field ("technische (bouw, hout of elektriciteit)", "scientific
    /// (physics, chemistry)"), or null when the field is not so written or the brackets give examples ("bv.", "zoals", "e.g.").
    /// </summary>
    private static List<string>? ListedMembers(string wanted)
    {
        var open = wanted.IndexOf('(');
        var close = wanted.LastIndexOf(')');
        if (open <= 0 || close < open || wanted[(close + 1)..].Trim().Length > 0)
        {
            return null;
        }

        var heading = wanted[..open].Trim();
        var inner = wanted[(open + 1)..close].Trim();
        // "technische (TSO of BSO)": brackets that name school types or levels list no fields.
        if (heading.Contains(' ', StringComparison.Ordinal) || heading.Length < 4 || ExampleWords().IsMatch(inner) || LevelWords().IsMatch(inner))
        {
            return null;
        }

        return [.. inner.Split([" of ", " or ", ", ", " ou ", " en ", " and ", " et "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(m => m.Length > 0 && m is not ("of" or "or" or "ou" or "en" or "and" or "et")).Select(m => m.TrimEnd(',', ' ').Trim())];
    }

    /// <summary>
    /// A significant word of a listed member occurs in the candidate's field, all but its ending ("elektromechanica" is no
    /// "elektrotechniek", "sanitaire installaties" is "sanitair"): a longer stem than a field of its own needs.
    /// </summary>
    private static bool NamesMember(string given, string member)
    {
        var words = member.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToList();
        return words.Any(w => given.Contains(w[..Math.Min(w.Length, Math.Min(12, Math.Max(5, w.Length - 2)))], StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(tso|bso|aso|kso|dbso|secundair\w*|secondaire|secondary|bachelor\w*|master\w*|graduaat|hbo5|jaar|year|annee|niveau|level|graad|richting|richtingen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LevelWords();

    [GeneratedRegex(@"^(bv|bijv|bijvoorbeeld|zoals|onder andere|o\.a|e\.g|eg|for example|such as|including|par exemple|p\.ex|comme|notamment|enz|etc)\b|\b(enz|etc|\.\.\.)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleWords();

    private static IEnumerable<string> BracketListItem(string item)
    {
        var open = item.IndexOf('(');
        var close = item.IndexOf(')');
        if (open >= 0 && close < 0)
        {
            return new[] { item[..open].Trim(), item[(open + 1)..].Trim() }.Where(a => a.Length > 0);
        }

        return close >= 0 && open < 0 ? [item[..close].Trim()] : [item];
    }

    /// <summary>The candidate's field has significant words beyond the programme name (an option of its own).</summary>
    private static bool Beyond(string given, string head)
    {
        var headWords = head.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w[..Math.Min(5, w.Length)]).ToList();
        var programmes = FieldFamilies.Programmes(given);
        return given.Split([' ', '-', ',', ':', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w is not ("diploma" or "richting" or "opleiding" or "master" or "bachelor" or "ingenieur" or "ingenieure" or "science" or "sciences" or "engineering"))
            .Where(w => !programmes.Any(p => p.Contains(w, StringComparison.Ordinal)) && !FieldFamilies.IsNameWord(w))
            .Any(w => !headWords.Any(h => w.StartsWith(h, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The fields a requirement accepts: "orthopedagogie of sociaal werk" is two; "onderwijs: lager onderwijs" is the
    /// narrower one after the colon.
    /// </summary>
    private static IEnumerable<string> Alternatives(string wanted)
    {
        // "event- en projectmanagement", "land- of tuinbouw": the first part shares the tail of the second, each is a field of its own.
        // Each item is narrowed by its own colon ("architectuur, ingenieurswetenschappen: architectuur of geografie").
        // A field with its members listed in brackets ("sociaal werk (maatschappelijk werk, personeelswerk)"): the field and each
        // member is accepted, without the brackets.
        return wanted.Split([" of ", " or ", ", ", " ou ", "- en ", "- of ", "- and ", "- et "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(BracketListItem)
            .Select(a => a.Contains(':', StringComparison.Ordinal) ? a[(a.LastIndexOf(':') + 1)..].Trim() : a)
            .Select(a => a.StartsWith("de ", StringComparison.Ordinal) || a.StartsWith("het ", StringComparison.Ordinal) ? a[(a.IndexOf(' ') + 1)..] : a)
            .Where(a => a.Length > 0);
    }

    /// <summary>Every significant word of the accepted field occurs in the candidate's field (by its first five letters, also inside a compound).</summary>
    /// <summary>A word that can name a field: three letters or more, no article, preposition or conjunction.</summary>
    private static bool Substantive(string word) => word.Length >= 3 && !StopWords.FunctionWords.Contains(word);

    private static bool Covers(string given, string alternative)
    {
        var all = alternative.Split([' ', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var words = all.Where(w => w.Length >= 4 && w is not ("diploma" or "richting" or "opleiding" or "afstudeerrichting" or "optie")).ToList();
        // Short words match only whole: "de" is no part of "geschiedenis".
        words = words.Count > 0 ? words : [.. all.Where(Substantive)];
        return words.Count > 0 && words.All(w => given.Contains(w[..Math.Min(5, w.Length)], StringComparison.Ordinal));
    }

    /// <summary>
    /// The profile with only the years that can lie in the route's window of recent experience ("in de laatste vijf jaar"):
    /// work the candidate dated before it shrinks or drops out; undated work counts whole.
    /// </summary>
    private static CandidateProfile RecentOnly(AdmissionRoute route, CandidateProfile p, int? referenceYear)
    {
        if (referenceYear is not { } year || Recency.WindowYears(route.Citation.Quote) is not { } window || p.Experience.All(e => e.Until is null))
        {
            return p;
        }

        var from = year - window;
        return p with { Experience = [.. p.Experience.Select(e => e.Until is { } until ? e with { Years = Math.Max(0, Math.Min(e.Years, until + 1 - from)) } : e)] };
    }

    private static RequirementCheck Experience(AdmissionRoute route, decimal required, CandidateProfile p)
    {
        var requiredText = required.ToString("0.##", CultureInfo.InvariantCulture);
        if (p.Experience.Count == 0)
        {
            return new RequirementCheck("experience", "unknown", route.Citation) { Required = requiredText };
        }

        var kind = route.ExperienceKind ?? "any";
        // Volunteering counts only where the vacancy says so ("vrijwilligerswerk inbegrepen"); where it asks paid or professional
        // experience ("betaalde ervaring", "beroepservaring") it does not; where it says neither, years that rest on it are asked about.
        if (p.Experience.Any(Volunteering) && !VolunteeringCounts(TextFold.Fold(route.Citation.Quote)))
        {
            var paid = p.Experience.Where(e => !Volunteering(e)).ToList();
            var paidYears = paid.Sum(e => e.Years).ToString("0.##", CultureInfo.InvariantCulture);
            if (paid.Sum(e => e.Years) < required)
            {
                return PaidOnly().IsMatch(TextFold.Fold(route.Citation.Quote))
                    ? new RequirementCheck("experience", "not-met", route.Citation) { Required = requiredText, Given = paidYears, Caveat = "paid" }
                    : new RequirementCheck("experience-kind", "unknown", route.Citation) { Required = requiredText, Given = paidYears, Caveat = kind };
            }

            p = p with { Experience = paid };
        }

        // Part-time work ("8 jaar halftijds", "6 years at 50%"): where the vacancy counts experience in full-time equivalents
        // ("geteld in voltijdse equivalenten", "VTE", "pro rata") the years weigh by their share; where it does not say how it
        // counts, only years that meet the minimum either way decide, anything between is asked of the contact.
        if (p.Experience.Any(e => e.Share is not null))
        {
            var least = p.Experience.Sum(e => e.Share is { } share ? e.Years * share : e.Years);
            var most = p.Experience.Sum(e => e.Years);
            if (most >= required && least < required)
            {
                var weighed = FullTimeEquivalents().IsMatch(TextFold.Fold(route.Citation.Quote));
                return weighed && p.Experience.All(e => e.Share is not 0)
                    ? new RequirementCheck("experience", "not-met", route.Citation) { Required = requiredText, Given = least.ToString("0.##", CultureInfo.InvariantCulture), Caveat = "full-time-equivalent" }
                    : new RequirementCheck("experience", "unknown", route.Citation) { Required = requiredText, Given = most.ToString("0.##", CultureInfo.InvariantCulture), Caveat = "part-time" };
            }
        }

        // Distinct periods add up ("2 jaar bij de overheid en 1 jaar in de privé" is 3 years). A part named out of a whole ("6 jaar
        // in afvalbeheer, waarvan 3 als leidinggevende": the part follows its whole) lies inside the whole, so it is of the whole's kind too.
        var experience = p.Experience.ToList();
        var exact = experience.Where(e => Matches(e, kind)).Sum(e => e.Years)
            + experience.Select((e, i) => e.Besides is not null && Matches(e, kind) && i + 1 < experience.Count && !Matches(experience[i + 1], kind) ? experience[i + 1].Years : 0).Sum();
        var loose = p.Experience.Sum(e => e.Years);
        if (loose < required)
        {
            return new RequirementCheck("experience", "not-met", route.Citation) { Required = requiredText, Given = loose.ToString("0.##", CultureInfo.InvariantCulture) };
        }

        if (exact >= required)
        {
            return new RequirementCheck("experience", "met", route.Citation) { Required = requiredText, Given = exact.ToString("0.##", CultureInfo.InvariantCulture) };
        }

        // The candidate's work in the required domain's sector ("als onthaalouder" for "ervaring in de kinderopvang") counts.
        if (kind.StartsWith("domain:", StringComparison.Ordinal))
        {
            // "4 jaar als projectleider ruimtelijke ordening, waarvan 2 als teamverantwoordelijke": the part lies inside the whole,
            // so its years are of the whole's sector too.
            bool InSector(ExperienceEntry e) => Sectors.Share(e.Kind + " " + e.Description, kind[7..]);
            var sameSector = experience.Where(InSector).Sum(e => e.Years)
                + experience.Select((e, i) => e.Besides is not null && InSector(e) && i + 1 < experience.Count && !InSector(experience[i + 1]) ? experience[i + 1].Years : 0).Sum();
            if (sameSector >= required)
            {
                return new RequirementCheck("experience", "met", route.Citation) { Required = requiredText, Given = sameSector.ToString("0.##", CultureInfo.InvariantCulture), Caveat = "relevance" };
            }
        }

        // Enough years, but all of it in sectors the required domain is not in ("5 jaar als kassier" for experience in
        // budgetbegeleiding or financiële administratie): a no, decided by the candidate's own words.
        if (kind.StartsWith("domain:", StringComparison.Ordinal) && Sectors.Of(kind[7..]) is { Count: > 0 } requiredSectors
            && p.Experience.All(e => Sectors.Of(e.Kind + " " + e.Description) is { Count: > 0 } own && !own.Overlaps(requiredSectors)))
        {
            return new RequirementCheck("experience", "not-met", route.Citation) { Required = requiredText, Given = "0", Caveat = kind };
        }

        // Enough years, but of a kind the candidate did not name: leadership must be said, and so must a required domain
        // when the candidate named only other domains; otherwise it counts if it is relevant.
        // So is a required domain where the candidate named only the sector or kind of employer, and no role ("5 jaar bij een
        // koerierbedrijf", "in de privésector" for experience as a truck driver): where they worked says nothing about what they did.
        var otherDomainsOnly = kind.StartsWith("domain:", StringComparison.Ordinal)
            && p.Experience.Where(e => e.Years >= required).All(e => e.Kind.StartsWith("domain:", StringComparison.Ordinal)
                || (e.Kind is "private" or "public" && SectorOnly(e.Description)));
        // "3 jaar ervaring, waarvan 1 als leidinggevende": the rest of the whole is, by the candidate's own words, not of the
        // part's kind; when what remains possible falls short, a no.
        var possible = exact + p.Experience.Where(e => !Matches(e, kind) && !(e.Besides is { } besides && Matches(new ExperienceEntry(0, besides), kind))).Sum(e => e.Years);
        if (kind != "any" && possible < required && p.Experience.Any(e => e.Besides is not null))
        {
            return new RequirementCheck("experience", "not-met", route.Citation) { Required = requiredText, Given = exact.ToString("0.##", CultureInfo.InvariantCulture), Caveat = kind };
        }

        if (kind == "leadership" && SaidNone(p, kind))
        {
            return new RequirementCheck("experience", "not-met", route.Citation) { Required = requiredText, Given = "0", Caveat = kind };
        }

        return kind == "leadership" || otherDomainsOnly
            ? new RequirementCheck("experience-kind", "unknown", route.Citation) { Required = requiredText, Given = loose.ToString("0.##", CultureInfo.InvariantCulture), Caveat = kind }
            : new RequirementCheck("experience", "met", route.Citation) { Required = requiredText, Given = loose.ToString("0.##", CultureInfo.InvariantCulture), Caveat = "relevance" };
    }

    /// <summary>Whether the candidate's words for their experience name only its sector ("in de privésector", "bij de overheid"), no role.</summary>
    private static bool SectorOnly(string? description) =>
        TextFold.Words(description).All(w => StopWords.FunctionWords.Contains(w) || SectorWords.Contains(w));

    private static readonly HashSet<string> SectorWords = new(StringComparer.Ordinal)
    {
        "privesector", "prive", "private", "privaat", "sector", "sectoren", "overheid", "overheden", "openbare", "publieke", "public", "publique",
        "bedrijf", "bedrijven", "firma", "onderneming", "company", "companies", "firm", "entreprise", "entreprises", "secteur", "societe",
        "ervaring", "experience", "werkervaring", "jaar", "jaren", "years", "ans", "annees",
    };

    /// <summary>
    /// The part of the experience that must be of a kind of its own ("waarvan 1 jaar als leidinggevende"): met by the years of
    /// that kind the candidate named, else asked for (never refused on years the candidate did not describe).
    /// </summary>
    private static RequirementCheck IncludedExperience(AdmissionRoute route, decimal part, string partKind, CandidateProfile p)
    {
        var requiredText = part.ToString("0.##", CultureInfo.InvariantCulture);
        var exact = p.Experience.Where(e => Matches(e, partKind)).Sum(e => e.Years);
        return exact >= part
            ? new RequirementCheck("experience", "met", route.Citation) { Required = requiredText, Given = exact.ToString("0.##", CultureInfo.InvariantCulture), Caveat = partKind }
            : SaidNone(p, partKind)
            ? new RequirementCheck("experience", "not-met", route.Citation) { Required = requiredText, Given = "0", Caveat = partKind }
            : new RequirementCheck("experience-kind", "unknown", route.Citation) { Required = requiredText, Given = exact.ToString("0.##", CultureInfo.InvariantCulture), Caveat = partKind };
    }

    /// <summary>
    /// The candidate said they have none of this kind ("nooit leiding gegeven", "never managed a team"): a zero entry of exactly
    /// that kind and no years of it elsewhere.
    /// </summary>
    private static bool SaidNone(CandidateProfile p, string kind) =>
        kind == "leadership" && p.Experience.Any(e => e.Kind == kind && e.Years == 0) && !p.Experience.Any(e => e.Years > 0 && Matches(e, kind));

    private static bool Matches(ExperienceEntry e, string kind) => kind switch
    {
        "any" => true,
        "relevant" => e.Kind is "relevant" or "leadership" || e.Kind.StartsWith("domain:", StringComparison.Ordinal),
        // "ik ben al 6 jaar ploegleider": years in a leading role are leadership.
        "leadership" => e.Kind == "leadership" || (e.Kind.StartsWith("domain:", StringComparison.Ordinal) && LeadingRoles.In(e.Kind[7..])),
        _ when kind.StartsWith("domain:", StringComparison.Ordinal) => (e.Kind.StartsWith("domain:", StringComparison.Ordinal) && SharesWord(e.Kind[7..], kind[7..]))
            || NamesAcronym(kind[7..], e.Kind + " " + e.Description),
        _ => e.Kind == kind,
    };

    /// <summary>
    /// A required domain named by an acronym ("ervaring met GIS-software", "ICT") is met by experience whose words end in it
    /// ("met QGIS", "ArcGIS", "ICT-helpdesk"): the acronym as a whole word or the end of a product name.
    /// </summary>
    public static bool NamesAcronym(string required, string? given)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return false;
        }

        var acronyms = required.Split([' ', '-', '/', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length is >= 2 and <= 4 && w.All(char.IsUpper)).Select(w => TextFold.Fold(w)).ToList();
        var words = TextFold.Fold(given).Split([' ', '-', '/', ',', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries);
        return acronyms.Any(a => words.Any(w => w == a || (w.EndsWith(a, StringComparison.Ordinal) && w.Length <= a.Length + 4)));
    }

    private static bool SharesWord(string a, string b)
    {
        var wa = TextFold.Fold(a).Split(' ', '-').Where(w => w.Length > 3).Select(w => w[..Math.Min(5, w.Length)]).ToHashSet();
        return TextFold.Fold(b).Split(' ', '-').Where(w => w.Length > 3).Any(w => wa.Contains(w[..Math.Min(5, w.Length)]));
    }

    /// <summary>Years the candidate's own words call volunteering ("3 jaar vrijwilligerswerk", "als vrijwillig trainer", "bénévole").</summary>
    private static bool Volunteering(ExperienceEntry e) => VolunteerWord().IsMatch(TextFold.Fold(e.Kind + " " + e.Description));

    [GeneratedRegex(@"\bvrijwillig\w*|\bvolunt\w*|\bbenevol\w*")]
    private static partial Regex VolunteerWord();

    [GeneratedRegex(@"\bbetaald\w*|\bbezoldigd\w*|\bberoeps\w*|\bprofessionele ervaring|\bpaid\b|\bprofessional experience|\bremuner\w*|\bexperience professionnelle|\bsalarie\w*|\bals werknemer\b")]
    private static partial Regex PaidOnly();

    /// <summary>
    /// The requirement names volunteering as counting ("vrijwilligerswerk inbegrepen", "betaald of als vrijwilliger", "paid or
    /// voluntary"): any mention of it that is not one that excludes it ("vrijwilligerswerk telt niet", "geen vrijwilligerswerk",
    /// "excluding volunteer work", "hors bénévolat").
    /// </summary>
    private static bool VolunteeringCounts(string folded) => VolunteerWord().IsMatch(folded) && !VolunteeringExcluded().IsMatch(folded);

    [GeneratedRegex(@"\b(geen|niet|behalve|uitgezonderd|buiten|not|no|excluding|except|excluded|pas|sauf|hors|exclu\w*)\b[^.;]{0,25}\b(vrijwillig\w*|volunt\w*|benevol\w*)|\b(vrijwillig\w*|volunt\w*|benevol\w*)[^.;]{0,30}\b(niet|telt niet|tellen niet|not|doesn\W?t|does not|ne compte pas|pas|uitgesloten|excluded|exclu\w*)\b")]
    private static partial Regex VolunteeringExcluded();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(geen|niet|behalve|uitgezonderd|tenzij|except|sauf)\b")]
    private static partial System.Text.RegularExpressions.Regex ExcludingWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bals\s+(\p{L}{4,})", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TradeAfterAls();

    // "geteld in voltijdse equivalenten", "uitgedrukt in VTE", "pro rata", "naar rato van de tewerkstelling", "full-time equivalent",
    // "en équivalent temps plein (ETP)": experience weighed by its share of full time.
    [System.Text.RegularExpressions.GeneratedRegex(@"\bvoltijd\w*\s+equivalent\w*|\bvte\b|\bfte\b|\bfull[- ]time\s+equivalent|\bequivalents?\s+temps\s+plein\b|\betp\b|\bpro\s+rata\b|\bnaar\s+rato\b|\bprorata\b|\bau\s+prorata\b")]
    private static partial System.Text.RegularExpressions.Regex FullTimeEquivalents();

    /// <summary>
    /// Whether a route's words name a field of study ("in een technische richting: …", "in the field of", "option …"), which a stage
    /// alone does not meet; "eender welke richting", "any field" name none.
    /// </summary>
    private static bool FieldNamed(string folded) => FieldCue().IsMatch(folded) && !AnyFieldCue().IsMatch(folded);

    [GeneratedRegex(@"richting|afdeling|studiegebied|\bfield\b|\bfiliere\b|\borientation\b|\boption\b|\bsection\b|\bin\s+(de|het)\s+\p{L}+\s*:")]
    private static partial Regex FieldCue();

    [GeneratedRegex(@"\b(eender|gelijk|om het even)\s+welke\b|\balle\s+richtingen\b|\bany\s+(field|stream|subject)\b|\bn\s?'?\s?importe\s+(quel|quelle)\b")]
    private static partial Regex AnyFieldCue();

    // "… volstaat niet", "is onvoldoende", "not enough", "ne suffit pas": a stage named only to be refused.
    [GeneratedRegex(@"\bvolstaa?t\w*\s+niet\b|\bniet\s+(voldoende|genoeg|toegelaten)\b|\bonvoldoende\b|\bgeen\s+toegang\b|\bnot\s+(enough|sufficient|admitted)\b|\bdoes\s+not\s+suffice\b|\bne\s+suffit\s+pas\b|\binsuffisant\w*\b")]
    private static partial Regex NotEnough();

    /// <summary>Whether a route's field names no field but any other one ("een andere richting", "any field").</summary>
    public static bool NamesAnyField(string field) => AnyField.IsWhole(field);

    /// <summary>A requirement that names a sector of study, not a programme: "(studie)richting binnen/uit X", "een X of Y richting".</summary>
    [GeneratedRegex(@"\b(studie)?richting\s+(binnen|uit)\s+|\bin\s+een\s+[\p{L}-]+(\s+(of|en|en/of)\s+[\p{L}-]+)?\s+(studie)?richting\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectorStyle();
}
