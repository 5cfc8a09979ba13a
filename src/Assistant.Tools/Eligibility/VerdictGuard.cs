using Assistant.Core.Facts;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The one place that keeps a yes honest. Whatever the routes say, a general requirement the candidate's facts fail
/// (nationality, licence, work permit, certificate) makes the verdict not-eligible; an "eligible" or "conditional" stands
/// only when every requirement the candidate's facts touch was evaluated by a rule: a general check that could not decide
/// (a licence of an unstated category, a language requirement) or a requirement sentence no rule read that is about a fact
/// the candidate gave caps it at need-info, with those lines quoted as not checked. A held certificate still being trained
/// for turns an eligible into conditional. A yes to a candidate who stated no fact at all, where the vacancy has a
/// requirement they could state (a licence, a certificate), is no yes either: that requirement is asked for.
/// </summary>
public static partial class VerdictGuard
{
    /// <summary>The verdict, missing facts and referral after the guard.</summary>
    public static (string Verdict, IReadOnlyList<string> Missing, string? ReferTo) Apply(
        string verdict, IReadOnlyList<string> missing, string? referTo, IReadOnlyList<RequirementCheck> generalChecks, IReadOnlyList<UnparsedRequirement> undecided,
        bool nothingSaid = false, IReadOnlyList<GeneralRequirement>? general = null)
    {
        if (generalChecks.Any(c => c.Outcome == "not-met"))
        {
            return ("not-eligible", [], null);
        }

        if (verdict is "eligible" or "conditional" && (generalChecks.Any(c => c.Outcome == "unknown") || undecided.Count > 0))
        {
            List<string> open = [.. generalChecks.Where(c => c.Outcome == "unknown").Select(c => c.Caveat ?? c.Requirement), .. undecided.Count > 0 ? ["unchecked"] : Array.Empty<string>()];
            return ("need-info", [.. open.Distinct()], "unchecked");
        }

        // A yes to someone who said nothing about themselves rests on no rule at all: when the vacancy has a requirement the
        // candidate can state (a driving licence, a certificate), that is asked first.
        if (verdict == "eligible" && nothingSaid && general?.FirstOrDefault(g => g.Kind is "licence" or "certificate") is { } first)
        {
            return ("need-info", [first.Kind], referTo);
        }

        // A professional driving qualification the job itself rests on (a licence of a category above B, a code on the licence
        // such as code 95) is no mere reminder like nationality or conduct: a candidate who spoke only of their diploma or
        // experience is asked for it before any yes; so is a certificate the vacancy's requirements ask of everyone (not one
        // for one of several jobs, an alternative to the diploma, or one that may be obtained after starting).
        if (verdict is "eligible" or "conditional" && general?.FirstOrDefault(g => IsQualification(g) && !generalChecks.Any(c => c.Requirement == g.Kind)) is { } unspoken)
        {
            return ("need-info", [unspoken.Kind], referTo);
        }

        if (verdict == "eligible" && generalChecks.Any(c => c.Outcome == "condition"))
        {
            // Admitted on condition of obtaining a certificate the candidate is training for, by the vacancy's date.
            return ("conditional", missing, referTo);
        }

        return (verdict, missing, referTo);
    }

    /// <summary>Whether a general requirement is a professional driving qualification (a licence above B, a licence code).</summary>
    public static bool IsQualification(GeneralRequirement g) => g.Kind switch
    {
        "licence" => g.Value is { } category && !string.Equals(category, "B", StringComparison.OrdinalIgnoreCase),
        "licence-code" => true,
        "certificate" => RequirementSection().IsMatch(g.Citation.Section ?? "") && !EitherSection().IsMatch(g.Citation.Section ?? "") && !ObtainLater.In(g.Citation.Quote)
            && !DiplomaEquivalence(g),
        _ => false,
    };

    /// <summary>
    /// Whether a certificate requirement is the equivalence of a foreign diploma ("een gelijkwaardigheidsattest van NARIC", "an
    /// equivalence certificate", "une équivalence de diplôme"): a condition for diplomas from abroad only, asked of no one else.
    /// </summary>
    public static bool DiplomaEquivalence(GeneralRequirement g) =>
        g.Kind == "certificate" && EquivalenceWords().IsMatch((g.Value ?? "") + " " + g.Citation.Quote);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bnaric\b|gelijkwaardigheids\w*|\bequivalen(ce|cy)\s+(certificate|statement|of)|[ée]quivalence\s+(de|du|des)\s+(dipl|titre)|attestation\s+d'[ée]quivalence|\berkenning\s+van\s+(je|uw|het|een)\s+(buitenlands\w*\s+)?diploma", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EquivalenceWords();

    // A certificate is a qualification to ask for only where it is one of the vacancy's own requirements: in a section of
    // requirements (not under the heading of one of several jobs, not in "one of both" alternatives) and not one that may
    // still be obtained after starting.
    [System.Text.RegularExpressions.GeneratedRegex(@"voorwaarde|vereist|profiel|verwacht|zoeken|wie ben|wat breng|conditions|exig|requirement|profile|who we", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RequirementSection();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(één|een|one|l'un|un)\s+(van|of|des|de)\b|\b(beide|either|both)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EitherSection();

    // An exemption ("moeten geen capaciteitstest doen", "zijn vrijgesteld van het examen", "are exempt from the test") only
    // lifts a condition for those it names.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(moet\w*|hoev\w*|hoeft|dien\w*)\s+(je|u|ze|zij|jij)?\s*geen\s+[\w-]*(test|proef|proeven|examen|examens|selectie\w*|capaciteit\w*)\b|\bvrijgesteld\b|\bvrijstelling\b|\bexempt(ed)?\s+from\b|\b(do|does|need)\s+not\s+(take|sit|pass)\b|\bdispens[eé]s?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Exempts();

    /// <summary>
    /// Whether a requirement sentence no rule read can only admit more candidates, so that it can never make a yes wrong: a
    /// permission ("Studenten in het laatste jaar mogen deelnemen", "Contractuele en statutaire personeelsleden kunnen allebei
    /// deelnemen", "graduates may also apply"), a condition that may still be met after starting ("of je behaalt het binnen het
    /// jaar na je indiensttreding", "of bereid zijn het te behalen"), or a question that leads into such a concession ("Heb je
    /// nog geen code 95?"). Every clause that asks something must be of those kinds; a refusal or an "only" never is.
    /// </summary>
    public static bool OnlyWidens(string quote)
    {
        // A permission with a condition of its own ("kan je deelnemen op voorwaarde dat …") may be the candidate's own route.
        if (Refusal().IsMatch(quote) || OnlyWords().IsMatch(quote) || ConditionWords().IsMatch(quote))
        {
            return false;
        }

        var trimmed = quote.TrimEnd();
        if (trimmed.EndsWith('?'))
        {
            return LacksWords().IsMatch(trimmed);
        }

        var widening = false;
        foreach (var clause in ClauseSplit().Split(trimmed))
        {
            var opens = Permits().IsMatch(clause) || ObtainLater.In(clause) || Exempts().IsMatch(clause);
            if (!opens && Asks().IsMatch(clause))
            {
                return false;
            }

            widening |= opens;
        }

        return widening;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(mag|mogen|kan|kun|kunt|kunnen|komen|komt)\b(\s+(?!niet\b|geen\b|nooit\b)[\w'’-]+){0,3}?\s+(deelnemen|solliciteren|meedoen|kandideren|kandidaat|instappen|in\s+aanmerking|toegelaten)\b"
        + @"|\b(may|can)\s+(also\s+)?(apply|take\s+part|participate)\b|\b(are|is)\s+(also\s+)?(eligible|admitted)\b|\bpeu(vent|t|x)\s+(aussi\s+|egalement\s+|également\s+)?(participer|postuler|poser)\b|\bsont\s+(aussi\s+)?admis", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Permits();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(enkel|alleen|uitsluitend|slechts|only|exclusively|uniquement|seulement|exclusivement)\b|\bne\s+\w+\s+pas\b|\bnot\b|\bniet\s+(deelnemen|solliciteren|toegelaten)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OnlyWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(geen|nog\s+niet|zonder|no|not\s+yet|without|pas\s+encore|sans|aucun\w*)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LacksWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bop\s+voorwaarde\b|\bmits\b|\bindien\b|\bals\s+(je|u|ze|zij)\b|\bprovided\b|\bon\s+condition\b|\bif\s+(you|they)\b|\b[aà]\s+condition\b|\bsi\s+(vous|tu|ils|elles)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ConditionWords();

    [System.Text.RegularExpressions.GeneratedRegex(@";|,\s*(maar|but|mais)\b|\.\s+")]
    private static partial System.Text.RegularExpressions.Regex ClauseSplit();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(je|u|jij)\s+(bent|hebt|beschikt|moet|dient)\b|\b(heb|ben|beschik)\s+(je|u)\b|\bmoet\w*\b|\bdien\w*\b|\bvereist\w*\b|\bhouder\b|\bin\s+het\s+bezit\b|\bminst(ens|e)\b|\bminimum\b|\bmust\b|\brequired\b|\byou\s+(need|have|are)\b|\bdev(ez|ent|ez)\b|\btitulaire\b|\bvous\s+(êtes|etes|avez)\b|\brequis\w*\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Asks();

    /// <summary>
    /// Whether a route's own text both requires and refuses the very level the route was read as ("je bent houder van een
    /// masterdiploma. Met een bachelordiploma kan je niet deelnemen." read as a bachelor route): such a reading cannot carry a
    /// yes, so the text is quoted to check instead.
    /// </summary>
    public static bool ContradictsOwnLevel(AdmissionRoute route)
    {
        var m = Refusal().Match(route.Citation.Quote);
        if (!m.Success || !Requires().IsMatch(route.Citation.Quote))
        {
            return false;
        }

        // The clause that refuses: from the sentence start (or the last full stop / semicolon) to the refusing words.
        var before = route.Citation.Quote[..m.Index];
        var cut = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf(';'));
        var clause = before[(cut + 1)..].ToLowerInvariant();
        string[] words = route.Diploma switch
        {
            DiplomaLevel.Bachelor => ["bachelor"],
            DiplomaLevel.Master => ["master", "licentia"],
            DiplomaLevel.Graduate => ["graduaat", "hbo5"],
            DiplomaLevel.Secondary => ["secundair", "middelbaar"],
            _ => [],
        };
        // "Een bachelor in een niet-technische richting geeft geen toegang" refuses a field, not the level itself.
        // So does "Andere masters komen niet in aanmerking" beside "een masterdiploma in de rechten": the other masters are refused.
        return words.Select(w => clause.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0)
            .Any(i => !FieldLimited().IsMatch(clause[i..]) && !OtherBefore().IsMatch(clause[..i]));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(in|richting|andere|niet-\w+|domein|studiegebied)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FieldLimited();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(andere|other|autres?)\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OtherBefore();

    /// <summary>
    /// Whether a requirement sentence only refuses ("andere masterdiploma's worden niet aanvaard", "een graduaat geeft geen
    /// toegang", "komen niet in aanmerking"): it names diplomas to exclude them and requires nothing a candidate could meet.
    /// </summary>
    public static bool Refuses(string quote) => Refusal().IsMatch(quote) && !Requires().IsMatch(quote);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(worden|wordt|zijn|is)\s+niet\s+(aanvaard|toegelaten|erkend|in\s+aanmerking\s+genomen)|\bgeeft\s+geen\s+toegang|\bgeven\s+geen\s+toegang|\bkom\w*\s+niet\s+in\s+aanmerking|\bvolsta\w*\s+niet\b|\b(is|zijn)\s+onvoldoende\b|\buitgesloten\b|\b(kan|kun|kunnen|mag|mogen)\s+(je|u|jij|ze|zij|men)?\s*niet\s+(deelnemen|solliciteren|meedoen|kandideren|instappen)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Refusal();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bje\s+hebt\b|\bheb\s+je\b|\bhouder\b|\bin\s+het\s+bezit\b|\bbeschik|\bvereist\b|\bmoet\b|\bdien\w*\b|\bkunnen\s+deelnemen|\bmogen\s+deelnemen|\btoegelaten\s+(zijn|worden)\b(?<!niet\s+toegelaten\s+(zijn|worden))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Requires();
}
