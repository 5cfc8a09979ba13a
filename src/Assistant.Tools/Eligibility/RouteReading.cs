using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// What a route's own sentence says beyond what extraction kept. Extraction reads a level, a field, years and tests; when
/// the sentence plainly says more (a field it names but that was not read, conditions announced with "maar wel:" that were
/// not attached, a certificate that replaces the diploma, a route meant for staff of another government), the route may
/// not carry a yes on what was read alone. These checks look only at the route's quote, never at any one vacancy's words.
/// </summary>
public static partial class RouteReading
{
    /// <summary>
    /// Whether the route was read without all it requires: its sentence names a field of study although none was kept
    /// ("een master in de statistiek, de wiskunde of data science", "in de richting …", "het diploma van maatschappelijk
    /// assistent") that the candidate did not name as written, or it announces conditions that were not attached ("je hebt
    /// geen diploma nodig, maar wel:").
    /// </summary>
    public static bool Incomplete(AdmissionRoute route, CandidateProfile profile) =>
        (FieldUnread(route) && !FieldStatedAsWritten(route, profile)) || ConditionsUnread(route);

    /// <summary>
    /// The candidate names their field exactly as the route's sentence names one of its fields ("een bachelor office
    /// management" for "een bachelor office management, afstudeerrichting …"): the field the sentence asks for is theirs,
    /// even though extraction did not keep it. The words must open a field mention in the sentence (after "in de", a
    /// level word, a comma or "of"), so "management" does not match "office management".
    /// </summary>
    public static bool FieldStatedAsWritten(AdmissionRoute route, CandidateProfile p)
    {
        if (p.DiplomaField is null)
        {
            return false;
        }

        var field = string.Join(' ', TextFold.Words(p.DiplomaField));
        if (field.Length < 4)
        {
            return false;
        }

        var quote = " " + string.Join(' ', TextFold.Words(route.Citation.Quote)) + " ";
        for (var at = quote.IndexOf(" " + field + " ", StringComparison.Ordinal); at >= 0; at = quote.IndexOf(" " + field + " ", at + 1, StringComparison.Ordinal))
        {
            var before = quote[..at].TrimEnd();
            var previous = before[(before.LastIndexOf(' ') + 1)..];
            if (FieldOpeners.Contains(previous))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> FieldOpeners = new(StringComparer.Ordinal)
    {
        "in", "de", "het", "of", "en", "or", "ou", "richting", "afstudeerrichting", "studierichting", "optie", "bachelor", "master",
        "graduaat", "diploma", "bachelordiploma", "masterdiploma", "licentiaat", "degree", "bachelier", "le", "la", "du", "des", "l",
        "getuigschrift", "brevet", "certificaat", "studiegetuigschrift",
    };

    /// <summary>A route with a diploma level whose sentence names a field that was not read.</summary>
    public static bool FieldUnread(AdmissionRoute route)
    {
        if (route.Diploma == DiplomaLevel.None || route.DiplomaField is not null)
        {
            return false;
        }

        // A field that is only preferred ("bij voorkeur in een technische richting") is no requirement.
        var quote = Preferred().Replace(TextFold.Fold(route.Citation.Quote), " ");
        return !AnyField.Within(quote) && (FieldWord().IsMatch(quote) || FieldAfterDiploma().IsMatch(quote) || DiplomaOfAProfession().IsMatch(quote) || FieldRightAfterLevel().IsMatch(quote) || ExamplesNamed(quote) || FieldAfterDiplomaWord(quote));
    }

    /// <summary>
    /// "een diploma of brevet verpleegkunde (bachelor of HBO5)", "diploma elektromechanica": a field written right after the word
    /// for the diploma itself, without "in" ("een getuigschrift preventieadviseur" beside a diploma is a certificate of its own). Words of the level, the school type or the
    /// possession ("diploma hoger secundair onderwijs", "diploma behaald in …") name no field, nor does a verb ("je diploma behalen",
    /// "het diploma haalt"; a word ending in -en or -t is taken for one).
    /// </summary>
    private static bool FieldAfterDiplomaWord(string quote) =>
        DiplomaWordThenWord().Matches(quote).Any(m => m.Groups["w"].Value is var w && !LevelWord().IsMatch(w) && !StopWords.FunctionWords.Contains(w) && !NotAField().IsMatch(w));

    [GeneratedRegex(@"\b(diploma|brevet)(\s+(of|or|ou)\s+(diploma|brevet|getuigschrift|certificaat))?\s+(?<w>\p{L}{5,})\b")]
    private static partial Regex DiplomaWordThenWord();

    [GeneratedRegex(@"^(\p{L}+en|\p{L}+t|middelbaar|lager|basis\w*|universit\w*|hogeschool\w*|behaald\w*|uitgereikt\w*|afgeleverd\w*|erkend\w*|voorleggen|voorlegt|bezit\w*|hebben|heeft|houder|vereist\w*|nodig|waarmee|waaruit|dient|moet\w*|tweede|derde|vierde|graad|cyclus|uitgaande|volstaat|voldoet|geeft|toegang|aanvaard\w*|equivalent\w*|gelijk\w*|zoals|minimum|minstens|vanaf|binnen|tegen|uiterlijk|eerste|laatste|volledig\w*|geldig\w*|officieel\w*|vlaams\w*|belgisch\w*|buitenlands\w*|europees\w*)$")]
    private static partial Regex NotAField();

    /// <summary>
    /// The sentence gives examples of the diplomas it accepts ("bv. Kinderzorg, Begeleider in de kinderopvang", "zoals een bachelor
    /// verpleegkunde", "e.g. nursing or midwifery", "par exemple un bachelier en comptabilité"): those name fields, so a level
    /// alone does not meet it. Examples that name only levels ("bv. een bachelor of een graduaat") restrict nothing.
    /// </summary>
    private static bool ExamplesNamed(string quote)
    {
        var marker = ExampleMarker().Match(quote);
        // Examples in brackets illustrate what the sentence already named ("een getuigschrift zorgkundige (bv. 7de jaar BSO …)",
        // "ervaring (bijvoorbeeld als milieuambtenaar)"); so do examples of experience rather than of a diploma.
        var before = marker.Success ? quote[..marker.Index] : "";
        if (!marker.Success || before.Count(c => c == '(') > before.Count(c => c == ')') || ExperienceWord().IsMatch(before[Math.Max(0, before.Length - 60)..]))
        {
            return false;
        }

        var rest = quote[(marker.Index + marker.Length)..];
        var end = rest.IndexOfAny([')', ';']);
        return TextFold.Words(end >= 0 ? rest[..end] : rest).Take(10)
            .Any(w => w.Length >= 5 && !StopWords.FunctionWords.Contains(w) && !LevelWord().IsMatch(w));
    }

    [GeneratedRegex(@"\b(\w*ervaring|experience|d'experience)\b")]
    private static partial Regex ExperienceWord();

    [GeneratedRegex(@"\b(bv|bijv|bijvoorbeeld|zoals|onder andere|onder meer|o\.a|namelijk|e\.g|for example|such as|par exemple|tels? que|notamment)\b")]
    private static partial Regex ExampleMarker();

    [GeneratedRegex(@"^(bachelor\w*|master\w*|graduaat\w*|diploma\w*|secundair\w*|onderwijs|hoger|getuigschrift\w*|niveau\w*|professionele|academische|gelijkwaardig\w*|buitenland\w*|ervaring\w*|opleiding\w*|studie\w*|vereist\w*|gevraagd\w*|vermeld\w*|hierboven|hieronder|bepaald\w*|degree\w*|bachelier\w*|diplome\w*|equivalent\w*|experience\w*)$")]
    private static partial Regex LevelWord();

    /// <summary>
    /// A route that announces further conditions ("maar wel:", "op voorwaarde dat") and carries none, or whose sentence asks
    /// for a duration of experience ("aangevuld met minstens 18 maanden betaalde ervaring", "with two years of experience")
    /// that was not read into years. A duration that is only preferred ("bij voorkeur", "is een pluspunt") asks nothing.
    /// </summary>
    public static bool ConditionsUnread(AdmissionRoute route)
    {
        if (route.MinExperienceYears is not null || route.Alternative.Count > 0 || route.Internal is not null)
        {
            return false;
        }

        var quote = TextFold.Fold(route.Citation.Quote);
        var required = Preferred().Replace(quote, " ");
        return ConditionsFollow().IsMatch(quote) || ExperienceDuration().Matches(required).Any(m => !Bonus().IsMatch(ClauseAround(required, m)));
    }

    /// <summary>The clause a match stands in: from the previous to the next ";", "." or ":".</summary>
    private static string ClauseAround(string text, Match m)
    {
        var from = text.LastIndexOfAny([';', '.', ':'], Math.Max(0, m.Index - 1)) + 1;
        var to = text.IndexOfAny([';', '.', ':'], m.Index + m.Length);
        return text[from..(to < 0 ? text.Length : to)];
    }

    /// <summary>
    /// An external route without a diploma whose sentence is addressed to staff ("Ben je al statutair personeelslid …? Dan kan
    /// je via mobiliteit kandideren"): it admits staff members, never an outside candidate.
    /// </summary>
    public static bool ForStaff(AdmissionRoute route) =>
        route.Audience == RouteAudience.External && route.Diploma == DiplomaLevel.None && route.Internal is null
        && StaffWords().IsMatch(TextFold.Fold(route.Citation.Quote));

    /// <summary>
    /// A route without a diploma that rests on holding a certificate ("houder zijn van het geschiktheidsattest; het attest
    /// vervangt elke diplomavereiste"), with no word of obtaining it later: whether the candidate holds it decides.
    /// </summary>
    public static RequirementCheck? CertificateInstead(AdmissionRoute route, CandidateProfile p)
    {
        var quote = TextFold.Fold(route.Citation.Quote);
        var match = HoldsCertificate().Match(quote);
        if (route.Diploma != DiplomaLevel.None || route.Alternative.Count > 0 || !match.Success || ObtainLater.In(quote))
        {
            return null;
        }

        var name = CertificateName(route.Citation.Quote, quote, match);

        var held = p.Certificates.Any(c => TextFold.Fold(c).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Length >= 3 && !GenericCertificateWords.Contains(w) && quote.Contains(w, StringComparison.Ordinal)));
        return held ? new RequirementCheck("certificate", "met", route.Citation) { Required = name }
            : p.LacksCertificate == true ? new RequirementCheck("certificate", "not-met", route.Citation) { Required = name, Given = "none" }
            : new RequirementCheck("certificate", "unknown", route.Citation) { Required = name };
    }

    /// <summary>The certificate's own words as the vacancy writes them ("het federaal geschiktheidsattest (FGA)").</summary>
    private static string CertificateName(string original, string folded, Match match)
    {
        var group = match.Groups["name"].Success ? match.Groups["name"] : match.Groups["replacing"];
        // Folding keeps the length of Latin text, so the original's own spelling is taken where it can be.
        var source = original.Length == folded.Length ? original : folded;
        var name = source.Substring(group.Index, group.Length).Trim();
        var rest = source[(group.Index + group.Length)..];
        var acronym = Acronym().Match(rest);
        return acronym.Success ? name + " " + acronym.Value.Trim() : name;
    }

    [GeneratedRegex(@"^\s*\([\p{Lu}0-9-]{2,8}\)")]
    private static partial Regex Acronym();

    private static readonly HashSet<string> GenericCertificateWords = new(StringComparer.Ordinal)
    {
        "attest", "brevet", "certificaat", "certificate", "certificat", "getuigschrift", "het", "een", "the", "mijn", "my", "mon", "le", "la", "van", "of", "de",
    };

    [GeneratedRegex(@"\b(bij voorkeur|liefst|preferably|ideally|de preference|idealement|par preference)\b[^.;)]*")]
    private static partial Regex Preferred();

    [GeneratedRegex(@"\b(richting|afstudeerrichting|studierichting|studiegebied|studiedomein|field of study|orientation|domaine d'etudes|kwalificatiebewijs\w*)\b")]
    private static partial Regex FieldWord();

    // "master in de statistiek", "bachelor in het sociaal werk", "licentiaat in de rechten", "degree in biology", "master en droit".
    // "en" before a Dutch article or pronoun is the conjunction ("een A2-diploma en het getuigschrift …"), not the French "en".
    [GeneratedRegex(@"\b(master|bachelor|licentia\w*|graduaat|diploma|kandidatuur|degree|masters?|bachelors?|bachelier|licence|diplome)\s+(in\s+((de|het|la|le|les|l')\s+)?|en\s+((la|le|les|l')\s+)?(?!(de|het|een|ook|dat|die)\b))(?!bezit\b|onderwijs\b|hoger\b|secundair\w*\b|kader\b|niveau\b|algemeen\b|buitenland\b|belgie\b|vlaander\w*\b|nederland\w*\b|het\b|de\b|een\b|om\b|eender\b|gelijk\b|any\b|a\b|an\b|the\b|possession\b|belgium\b|lien\b|rapport\b)\p{L}{4,}")]
    private static partial Regex FieldAfterDiploma();

    // "een bachelor sociaal werk", "een professionele bachelor verpleegkunde", "een bachelordiploma maatschappelijk werk", "master
    // rechten": the field written right after the level, without "in" (not a verb, a conjunction or a word of the level itself).
    [GeneratedRegex(@"\b(bachelor|master|bachelordiploma|masterdiploma|graduaat|graduaatsdiploma|licentiaat|bachelier)\s+(?!(of|en|or|ou|and|et|diploma\w*|niveau\w*|degree|hebt|heeft|heb|hebben|bezit\w*|behaald\w*|afgestudeerd|volstaat|volstaan|voldoet|is|zijn|met|na|dat|die|in|op|van|uit|de|het|een|ook|nodig|vereist|gevraagd|gelijk\w*|academisch\w*|professione\w*|minimum|minstens|ten|type|niveau|level|or|with|from|required|needed|obtained|avec|requis|exige|obtenu|du|des|le|la|les)\b)\p{L}{5,}")]
    private static partial Regex FieldRightAfterLevel();

    // "het diploma van maatschappelijk assistent", "diploma van verpleegkundige": a diploma named after the profession it gives.
    [GeneratedRegex(@"\bdiploma\s+van\s+(?!het\b|de\b|een\b|hoger\b|secundair\w*\b|bachelor\b|master\b|niveau\b|minstens\b|ten minste\b)\p{L}{5,}")]
    private static partial Regex DiplomaOfAProfession();

    // "minstens 18 maanden betaalde ervaring", "2 jaar juridische beroepservaring", "two years of experience", "3 ans d'expérience",
    // "ervaring van minstens 3 jaar".
    [GeneratedRegex(@"\b(\d+([.,]\d+)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|achttien|vierentwintig|zesendertig|one|two|three|four|five|six|seven|eight|nine|ten|twelve|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(jaar|jaren|maand|maanden|years?|months?|ans?|annees?|mois)\b[^.;:]{0,50}?\b(\w*ervaring|experience|d'experience)\b|\b\w*ervaring\s+van\s+(minstens\s+|ten minste\s+|minimum\s+)?\d+\s+(jaar|maanden)\b")]
    private static partial Regex ExperienceDuration();

    [GeneratedRegex(@"\b(pluspunt|troef|meerwaarde|mooi meegenomen|een plus|strekt tot aanbeveling|asset|advantage|a plus|atout|un plus)\b")]
    private static partial Regex Bonus();

    [GeneratedRegex(@"\b(maar wel|op voorwaarde dat|onder (de )?volgende voorwaarden|mits je|mits u|but you (do )?need|provided that|a condition de|a condition que|mais bien)\b")]
    private static partial Regex ConditionsFollow();

    [GeneratedRegex(@"\b(personeelslid|personeelsleden|via mobiliteit|mobiliteit|vastbenoemd\w*|statutair\w* (personeel|in dienst|benoemd)|staff member|membre du personnel|par mobilite|via mobility)\b")]
    private static partial Regex StaffWords();

    [GeneratedRegex(@"\b(houder( zijn)?|in het bezit( zijn)?|beschikken over|titulaire?|holder|holding) (van |du |de la |de l'|of )?(het |een |de |le |la |l'|the |a |an )?(?<name>([\p{L}-]+ ){0,4}?[\p{L}-]*(attest|brevet|getuigschrift|certificaat|certificate|certificat|attestation)( (van|of|de|du) (?!het\b|de\b|een\b|le\b|la\b|the\b)[\p{L}-]+)?)\b|\b(?<replacing>[\p{L}-]*(attest|brevet|getuigschrift|certificaat|certificate|certificat)\w*) (vervangt|replaces|remplace)\b")]
    private static partial Regex HoldsCertificate();
}
