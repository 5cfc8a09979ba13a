using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>Vocabulary of selection steps: recognising a step phrase, its name and its kind.</summary>
public static partial class StepText
{
    /// <summary>Whether a phrase starts with (or is) the name of a selection step.</summary>
    public static bool StartsWithStep(string text) => StepStart().IsMatch(text);

    /// <summary>Whether a line is a step label: a step name followed by its details ("Schriftelijke proef (op 40 punten): …").</summary>
    public static bool IsStepLabel(string text) =>
        StepStart().Match(text) is { Success: true } m && LabelTail().IsMatch(text[m.Length..]);

    /// <summary>The items of an inline list ("een schriftelijke proef (op 50 punten), een rollenspel en een interview"), commas inside brackets kept.</summary>
    public static IReadOnlyList<string> ListParts(string list)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] == '(' ? 1 : list[i] == ')' ? -1 : 0;
            if (depth > 0)
            {
                continue;
            }

            var separator = list[i] is ',' or ';' ? 1 : ListSeparator().Match(list, i) is { Success: true, Index: var at } sep && at == i ? sep.Length : 0;
            if (separator > 0)
            {
                parts.Add(list[start..i].Trim());
                start = i + separator;
                i = start - 1;
            }
        }

        parts.Add(list[start..].Trim());
        return parts.Select(p => ListLead().Replace(p, "")).Where(p => p.Length > 2).ToList();
    }

    /// <summary>Whether a text mentions a step noun anywhere.</summary>
    public static bool MentionsStep(string text) => StepNoun().IsMatch(text);

    /// <summary>The step name of a heading or list item: without "Deel 1:", "2)", and cut before ':', '(', ',', ' – '.</summary>
    public static string NameOf(string text)
    {
        var t = Article().Replace(Prefix().Replace(text.Trim(), ""), "");
        var cut = t.IndexOfAny([':', '(', ',', '–', ';']);
        if (cut > 0)
        {
            t = t[..cut];
        }

        // "Interview. Een competentiegericht gesprek.": the name ends with its first sentence.
        var stop = t.IndexOf(". ", StringComparison.Ordinal);
        if (stop > 2 && t[(stop - 3)..stop].All(char.IsLetter))
        {
            t = t[..stop];
        }

        var clause = NameEnd().Match(t);
        if (clause.Success && clause.Index > 2)
        {
            t = t[..clause.Index];
        }

        var when = DateTail().Match(t);
        if (when.Success && when.Index > 2)
        {
            t = t[..when.Index];
        }

        // "Je legt een schriftelijke proef af op 50 punten": the verb's particle is not part of the name.
        t = Particle().Replace(t, "");

        var dash = t.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0)
        {
            t = t[..dash];
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8 && StepNoun().Match(t) is { Success: true } noun)
        {
            t = t[..(noun.Index + noun.Length)];
        }

        t = t.Trim().TrimEnd('.', ' ', '-', '–', '—', ':', ',').Trim();
        return t.Length > 0 ? char.ToUpperInvariant(t[0]) + t[1..] : t;
    }

    /// <summary>The normalised kind of a step from its name.</summary>
    public static string KindOf(string name)
    {
        var n = name.ToLowerInvariant();
        if (Regex.IsMatch(n, @"\btaal"))
        {
            return "language-test";
        }

        if (Capacity().IsMatch(n))
        {
            return "capacity-test";
        }

        if (n.Contains("screening", StringComparison.Ordinal) || n.Contains("preselectie", StringComparison.Ordinal))
        {
            return "screening";
        }

        if (Background().IsMatch(n))
        {
            return "background-check";
        }

        // The head noun decides: "Jurygesprek met presentatie van je opdracht" is an interview, "Opdracht met een gesprek" an assignment.
        var head = HeadKind().Match(n);
        if (head.Success)
        {
            return head.Groups["assessment"].Success ? "assessment"
                : head.Groups["written"].Success ? "written"
                : head.Groups["oral"].Success ? "oral"
                : head.Groups["assignment"].Success ? "assignment"
                : head.Groups["interview"].Success ? "interview"
                : "role-play";
        }

        return n.Contains("proef", StringComparison.Ordinal) || n.Contains("test", StringComparison.Ordinal) || n.Contains("examen", StringComparison.Ordinal) ? "test" : "other";
    }

    [GeneratedRegex(@"(?<assessment>assessment)|(?<written>schriftelijk)|(?<oral>mondeling)|(?<assignment>opdracht|case)|(?<interview>interview|gesprek)|(?<role>rollenspel)")]
    private static partial Regex HeadKind();

    /// <summary>The words of a step name that identify it in other sentences ("schriftelijke", "proef").</summary>
    public static IEnumerable<string> KeyWords(string name) =>
        name.ToLowerInvariant().Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && !Filler().IsMatch(w));

    private const string Nouns = @"(?:pre)?screening|cv-screening|preselectie|proef|proeven|test|testen|examen|gesprek|interview|assessment|thuisopdracht|opdracht|case|casus|capaciteitstest|redeneertest|taaltest|taaltesten|persoonlijkheidsvragenlijst|jurygesprek|selectiegesprek|kennismakingsgesprek|star-interview|onderzoek|rollenspel|vragenlijst|proefles|presentatie|simulatie|oefening|meeloopdag|meeloopnacht|meeloopmoment|proefdag";

    [GeneratedRegex(@"^(?:eventuele?\s+|een\s+|de\s+|het\s+)?(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]*(?:" + Nouns + @"))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepStart();

    [GeneratedRegex(@"[\p{L}-]*(?:" + Nouns + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepNoun();

    /// <summary>
    /// Whether a step's name joins two tests ("Situationele test en interviews", "Proefles &amp; gesprek", "written test and
    /// interview"): a row that holds two steps, whose mark a clause about one of them does not give.
    /// </summary>
    public static bool JoinsTwoSteps(string name) => TwoSteps().IsMatch(name);

    [GeneratedRegex(@"[\p{L}-]*(?:" + Nouns + @")\w*\s+(?:en|én|&|and|et|\+)\s+(?:\p{L}+\s+){0,2}?[\p{L}-]*(?:" + Nouns + @")", RegexOptions.IgnoreCase)]
    private static partial Regex TwoSteps();

    [GeneratedRegex(@"^(?:(?:deel|stap|fase|onderdeel|ronde)\s*\d+\s*[:.–-]?\s*|\d{1,2}[.)]\s*|[A-Za-z][.)]\s+|[IVX]{1,4}[.)]\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s(op basis van|waarbij|waar|waarin|via|wordt|worden|gaat|vindt|is)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"\s+af\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Particle();

    [GeneratedRegex(@"^\s*[(:–-]|^\s+[–-]\s")]
    private static partial Regex LabelTail();

    [GeneratedRegex(@"\G(?:\s+(?:en|and|of|gevolgd door|daarna|nadien|en tot slot|tot slot)\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:(?:en|daarna|nadien|tot slot|ten slotte|eerst|vervolgens)\s+)?(?:(?:een|de|het|twee|drie|vier)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ListLead();

    [GeneratedRegex(@"\s(?:op|vanaf)\s+(?=\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|\s(?:in de week van|in de loop van|aansluitend|begin|eind|half)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DateTail();

    [GeneratedRegex(@"moraliteit|antecedent|veiligheidsonderzoek|integriteitsonderzoek|veiligheidsscreening", RegexOptions.IgnoreCase)]
    private static partial Regex Background();

    [GeneratedRegex(@"^(de|het|een)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"capaciteit|redeneer|niveautest|niveau- en|cognitie", RegexOptions.IgnoreCase)]
    private static partial Regex Capacity();

    [GeneratedRegex(@"^(eventuele|eventueel|online|digitale|digitaal|korte|kort|deze|voor|naar|met|een|het|van|the)$", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();
}
