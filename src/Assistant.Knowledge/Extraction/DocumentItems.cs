using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The kinds of documents a candidate sends and how the vacancy names each one in a sentence: "Voeg je cv, een kopie van
/// je bestuurderskaart met code 95 en een uittreksel uit het strafregister toe" gives "je cv", "een kopie van je
/// bestuurderskaart met code 95", "een uittreksel uit het strafregister".
/// </summary>
public static partial class DocumentItems
{
    /// <summary>Kind, generic name and pattern, the most specific first (a driver card before the licence it belongs to).</summary>
    public static readonly (string Kind, string Name, Regex Pattern)[] Kinds =
    [
        ("cv", "CV", new Regex(@"\bcv\b|curriculum", RegexOptions.IgnoreCase)),
        ("application-form", "kandidatuurformulier", new Regex(@"(?<!\b(?:via|online|digitale?|elektronische?|web)\s+(?:\p{L}+\s+){0,2})(?:kandidatuur|sollicitatie|inschrijvings|aanmeldings|deelnemings)formulier(?!\s+(?:op|via|van|in)\s+(?:de|het|onze|ons|www|https?))", RegexOptions.IgnoreCase)),
        ("motivation-letter", "motivatiebrief", new Regex(@"motivatiebrief|motivatie(?:\s+)?brief|sollicitatiebrief|\bmotivatie\b(?!\s+en\s+(?:je\s+)?(?:ervaring|competenties))", RegexOptions.IgnoreCase)),
        ("evaluation", "laatste evaluatie", new Regex(@"\bevaluatie(?:verslag|rapport)?\b|\bbeoordelingsverslag", RegexOptions.IgnoreCase)),
        ("study-certificate", "attest van de onderwijsinstelling", new Regex(@"attest van (?:de|je|jouw) (?:onderwijsinstelling|school|hogeschool|universiteit)|studieattest|inschrijvingsattest|inschrijvingsbewijs|bewijs van (?:je |jouw )?inschrijving", RegexOptions.IgnoreCase)),
        ("equivalence", "gelijkwaardigheidsattest", new Regex(@"gelijkwaardigheid|\bnaric\b|erkenning van (?:je|het|jouw) diploma", RegexOptions.IgnoreCase)),
        ("recognition", "beroepserkenning", new Regex(@"\bberoepserkenning|\berkenning\s+als\b|\berkenningsbewijs|\bregistratie\s+als\b|\bregistratiebewijs|\bbewijs van (?:je |jouw |uw )?registratie\b|registratienummer|visumnummer|\briziv-?nummer", RegexOptions.IgnoreCase)),
        ("diploma", "kopie van het diploma", new Regex(@"diploma|getuigschrift|kwalificatiebewijs|studiebewijs", RegexOptions.IgnoreCase)),
        ("criminal-record", "uittreksel uit het strafregister", new Regex(@"strafregister|goed gedrag|\buittreksel\s+(?:model\s+)?596", RegexOptions.IgnoreCase)),
        ("driver-card", "bestuurderskaart (code 95)", new Regex(@"bestuurderskaart|\bcode 95\b|getuigschrift van vakbekwaamheid", RegexOptions.IgnoreCase)),
        ("driving-licence", "kopie van het rijbewijs", new Regex(@"rijbewijs", RegexOptions.IgnoreCase)),
        ("identity", "kopie van de identiteitskaart", new Regex(@"identiteitskaart|\bid-kaart", RegexOptions.IgnoreCase)),
        ("residence-permit", "verblijfs- of arbeidsvergunning", new Regex(@"\bvisum\b|verblijfsvergunning|verblijfsdocument|arbeidsvergunning|arbeidskaart|single permit", RegexOptions.IgnoreCase)),
        ("experience-proof", "bewijs van ervaring", new Regex(@"bewijs van (?:je )?(?:beroeps)?ervaring|\battest(?:en)?\s+(?:dat|die|waaruit|waarin|met)\s[^.;,]{0,30}\bervaring|\bbewijsstuk(?:ken)?\s+(?:van|voor|over)\s+(?:je\s+|jouw\s+|uw\s+)?\p{L}*ervaring|attest(?:en)? van tewerkstelling|attest(?:en)? van (?:je |jouw |uw |hun |de |het )?(?:vorige |huidige |vroegere )?werkgever|overzicht van (?:je|jouw|uw|hun) (?:\p{L}+\s+)?\p{L}*ervaring|attest(?:en)?\s+(?:van|over)\s+(?:(?:je|jouw|uw|hun|de|het)\s+)?(?:\p{L}+\s+)?\p{L}*ervaring|ervaringsattest|tewerkstellingsattest|werkgeversattest", RegexOptions.IgnoreCase)),
        ("language-certificate", "taalattest", new Regex(@"taalattest|taalcertificaat|taalbewijs", RegexOptions.IgnoreCase)),
        ("certificate", "brevet of certificaat", new Regex(@"\bbrevet\b|\bbrevetten\b|\bcertificaat\b", RegexOptions.IgnoreCase)),
        ("evc-certificate", "EVC-attest", new Regex(@"\bevc-(?:attest|certificaat|bewijs)", RegexOptions.IgnoreCase)),
        ("medical", "medisch attest", new Regex(@"medische schifting|medisch getuigschrift|medisch attest|medische verklaring|doktersattest", RegexOptions.IgnoreCase)),
        ("photo", "pasfoto", new Regex(@"pasfoto|recente foto", RegexOptions.IgnoreCase)),
        ("portfolio", "portfolio", new Regex(@"portfolio", RegexOptions.IgnoreCase)),
        // "een attest van je graadanciënniteit", "een kopie van je federaal geschiktheidsattest": any other attest, named by its
        // words; it yields to another kind that names the same words ("taalattest", "ervaringsattest").
        ("attest", "attest", new Regex(@"\battest(?:en)?\s+(?:van|over)\s+(?:je|jouw|uw|hun)\s+(?!(?:vorige|huidige|vroegere)\b|werkgever|ervaring|beroepservaring|tewerkstelling|onderwijsinstelling|school|hogeschool|universiteit|inschrijving)\p{L}{4,}|\b\p{L}{4,}attest(?:en)?\b", RegexOptions.IgnoreCase)),
    ];

    /// <summary>The items of a sentence: each listed part with the kinds it names, named as the document does when the part reads as one.</summary>
    public static IEnumerable<(string Kind, string Name, string? For)> In(string sentence)
    {
        // "Voeg je cv toe; kandidaten via weg 2 voegen ook …": each clause says for whom its own documents are.
        var clauses = TopLevelClauses(sentence).ToList();
        if (clauses.Count > 1)
        {
            return clauses.SelectMany(InClause);
        }

        return InClause(sentence);
    }

    private static IEnumerable<(string Kind, string Name, string? For)> InClause(string sentence)
    {
        var text = Instead().Replace(sentence, "");
        // "Stuur je kandidatuur (motivatiebrief, cv, kopie van je diploma en een uittreksel uit het strafregister)": a bracket
        // that lists two or more kinds of document is the list itself, not a note on the word before it.
        foreach (Match bracket in Bracket().Matches(text))
        {
            var items = bracket.Groups["items"].Value;
            if (ListSeparator().IsMatch(items) && Kinds.Count(k => k.Kind != FallbackKind && k.Pattern.IsMatch(items)) >= 2)
            {
                foreach (var item in In(items))
                {
                    yield return item;
                }

                text = text.Replace(bracket.Value, " ", StringComparison.Ordinal);
            }
        }

        foreach (Match group in GroupNote().Matches(text))
        {
            foreach (var (kind, name, _) in In(group.Groups["items"].Value))
            {
                yield return (kind, name, group.Groups["who"].Value.Trim());
            }
        }

        text = GroupNote().Replace(text, "");
        string? who = null;
        if (Who().Match(text) is { Success: true } w)
        {
            who = w.Groups["who"].Value.Trim();
            text = text[(w.Index + w.Length)..];
        }

        foreach (var raw in Parts(text))
        {
            // "… en (als je via de ervaringsroute deelneemt) attesten van je werkgevers": a condition in brackets before the
            // item says when it is needed; the item is named by its own words, the condition after it.
            var note = LeadingNote().Match(raw);
            var part = note.Success ? raw[(note.Index + note.Length)..] : raw;
            foreach (var (kind, generic, pattern) in Kinds)
            {
                if (pattern.Match(part) is not { Success: true } m || Kinds.Any(k => k.Kind != kind && k.Kind != FallbackKind && Inside(m, k.Pattern.Match(part)))
                    || (kind == FallbackKind && Kinds.Any(k => k.Kind != kind && Overlap(m, k.Pattern.Match(part)))))
                {
                    continue;
                }

                var name = NameOf(part, m.Index);
                yield return (kind, name is not null && note.Success ? name + " (" + note.Groups["note"].Value.Trim() + ")" : name ?? generic, who);
            }
        }
    }

    /// <summary>The clauses of a sentence split at ';' outside brackets.</summary>
    private static IEnumerable<string> TopLevelClauses(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && text[i] == ';')
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    [GeneratedRegex(@"\((?<items>[^():]{6,})\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@",|\s(?:en|of|and)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    /// <summary>A qualifier stated next to a document elsewhere ("strafregister model 596.2", "rijbewijs C"), or null.</summary>
    public static string? Qualifier(string text, Regex kind)
    {
        var m = kind.Match(text);
        return m.Success && ModelNumber().Match(text, m.Index + m.Length) is { Success: true } q && q.Index - (m.Index + m.Length) <= 12 ? q.Value.Trim() : null;
    }

    /// <summary>The kind that only names what no other kind does.</summary>
    private const string FallbackKind = "attest";

    private static bool Overlap(Match m, Match other) =>
        other.Success && other.Index < m.Index + m.Length && m.Index < other.Index + other.Length;

    /// <summary>Whether a match lies inside a longer match of another kind ("getuigschrift" in "getuigschrift van vakbekwaamheid").</summary>
    private static bool Inside(Match m, Match other) =>
        other.Success && other.Length > m.Length && other.Index <= m.Index && other.Index + other.Length >= m.Index + m.Length;

    private static IEnumerable<string> Parts(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            var length = depth > 0 ? 0 : text[i] is ',' or ';' ? 1 : Joiner().Match(text, i) is { Success: true } j ? j.Length : 0;
            if (length > 0)
            {
                yield return text[start..i];
                start = i + length;
                i = start - 1;
            }
        }

        yield return text[start..];
    }

    /// <summary>The part without the verb before it and the place or date after it; null when it does not read as one item.</summary>
    private static string? NameOf(string part, int at)
    {
        var lead = Lead().Matches(part[..at]).LastOrDefault();
        var name = lead is null ? part : part[(lead.Index + lead.Length)..];
        var tail = Tail().Match(name);
        name = (tail.Success && tail.Index > 0 ? name[..tail.Index] : name).Trim().TrimStart('-', ' ').TrimEnd('.', ':', ';', ' ');
        // "een kopie van je kwalificatiebewijs (of bewijs van je ervaring in de sector)": too long with its note, the item without it.
        if (name.Length > 70 && BracketNote().Replace(name, "").Trim() is { Length: > 1 } bare)
        {
            name = bare;
        }

        var open = name.LastIndexOf('(');
        if (open > 0 && name.IndexOf(')', open) < 0)
        {
            name = name[..open].TrimEnd(' ', '–', '-');
        }

        return name.Length is > 1 and <= 70 && !name.Contains(':', StringComparison.Ordinal) && NameStart().IsMatch(name) ? name : null;
    }

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex BracketNote();

    /// <summary>
    /// A condition before an item, in brackets or between dashes: "(als je via de ervaringsroute deelneemt) attesten …",
    /// "– voor de ervaringsroute – een overzicht van je ervaring", "- enkel voor interne kandidaten - je laatste evaluatie".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\((?<note>[^()]{4,60})\)|[–-]\s*(?<note>(?:voor|als|bij|indien|enkel|alleen|wie|in geval|zo)\b[^–()]{2,56}?)\s*[–-](?=\s))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNote();

    [GeneratedRegex(@"\((?<who>[^:()]{4,40}):\s*(?<items>[^()]+)\)")]
    private static partial Regex GroupNote();

    [GeneratedRegex(@"^(?:een|je|jouw|uw|hun|de|het|alle|kopie|afschrift|uittreksel|attest|bewijs|getuigschrift|cv|curriculum|motivatie\w*|diploma|recente|korte|krachtige|bondige|gedetailleerde?|\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex NameStart();

    [GeneratedRegex(@"\s*(?:in plaats van|i\.p\.v\.|behalve|uitgezonderd)\s.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Instead();

    [GeneratedRegex(@"^\s*\(?(?<who>(?:(?:interne|externe|statutaire|contractuele|buitenlandse)\s+(?:kandidaten|medewerkers|personeelsleden)|laatstejaarsstudenten|kandidaten\s+(?:met|zonder|die|via|voor|uit|langs|in)\s+[^,:]{3,40}?|[^:,.]{4,40}?(?=:\s*(?:voeg|bezorg|stuur|laad|upload|mail|lever)\w*\b)))\s*(?::|\s+(?=voeg|bezorg|stuur|lad|laad|lever|upload|mail|moeten|dienen|geven))", RegexOptions.IgnoreCase)]
    private static partial Regex Who();

    [GeneratedRegex(@"\G\s+(?:en|of|and|samen met|alsook|evenals)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"(?:^|\s)(?:met|voeg\w*|stuur\w*|mail\w*|laad\w*|lad\w*|bezorg\w*|upload\w*|lever\w*|leg\w*|verwachten we|vragen we|vragen wij|nodig|volgende|zijn|is|bestaa?t uit|bestaan uit|door|:)\s+(?:ons\s+|ook\s+|zeker\s+|steeds\s+|dan\s+|hun\s+(?=\S+\s))?", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s(?:toe|op|mee|door|bij|in|voor)\s*[.)]?\s*$|\s(?:naar|via|ten laatste|uiterlijk|vóór|tegen|per e-?mail|om|volstaan|volstaat|op te laden|aan de|aan het|worden|wordt|waarom|waarin|waarmee|zodat|wanneer)\b|\ste\s+(?:mailen|bezorgen|sturen|versturen|uploaden|laden|opladen|voegen)\b|\s[–-]\s", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\s*\(?model\s+\d{3}[.,]\d\)?|\s*\(?model\s+[12]\)?|\s+met\s+code\s+95", RegexOptions.IgnoreCase)]
    private static partial Regex ModelNumber();
}
