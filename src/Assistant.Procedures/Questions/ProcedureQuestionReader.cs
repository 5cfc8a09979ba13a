using System.Text.RegularExpressions;
using Assistant.Procedures.Facts;
using Assistant.Procedures.Search;

namespace Assistant.Procedures.Questions;

/// <summary>
/// Reads an HR procedure question in Dutch, English or French with rules: the article it names, the computation it asks
/// for (a date plus the publication, probation or reserve concept), the level, the shape of the answer (steps, who, how
/// long), and whether it is about one named employee (never answered from documents).
/// </summary>
public static partial class ProcedureQuestionReader
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="today"/> gives the year of a date written without one.</summary>
    /// <param name="text">The question.</param>
    /// <param name="today">The date of the turn.</param>
    /// <param name="isKnownWord">Whether a folded word stands in the documents (such a capitalised pair is a term, not a person's name).</param>
    public static ProcedureQuestion Read(string text, DateOnly today, Func<string, bool>? isKnownWord = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TermText.Fold(text);
        var words = TermText.Words(text);
        var concepts = Concepts.Of(folded, words).ToHashSet(StringComparer.Ordinal);
        var dates = DateWords.Find(text, today.Year);
        var level = LevelOf(text);
        var search = folded;
        foreach (var d in dates.OrderByDescending(d => d.Start))
        {
            search = search.Remove(d.Start, Math.Min(d.Length, search.Length - d.Start));
        }

        search = LevelWords().Replace(ArticleRef().Replace(search, " "), " ");
        var article = ArticleRef().Match(folded) is { Success: true } a ? a.Groups["n"].Value.Replace(" ", "", StringComparison.Ordinal) : null;
        var shape = StepsWords().IsMatch(folded) ? "steps" : WhoWords().IsMatch(folded) ? "who" : HowLongWords().IsMatch(folded) ? "how-long" : null;
        var terms = TermsOf(concepts, folded);
        var kind = article is not null && !concepts.Contains("#publication") && dates.Count == 0 ? "article"
            : Individual(text, isKnownWord ?? (_ => false)) ? "individual"
            : dates.Count > 0 && terms.Contains("publication") && (concepts.Contains("#closing") || concepts.Contains("#publication")) ? "closing-date"
            : dates.Count > 0 && terms.Contains("probation") ? "probation-end"
            : dates.Count > 0 && terms.Contains("reserve-extension") ? "reserve-extension"
            : dates.Count > 0 && terms.Contains("reserve") ? "reserve-end"
            : "open";
        return new ProcedureQuestion
        {
            Kind = kind,
            Shape = shape,
            Article = article,
            Level = level,
            Date = dates.Count > 0 ? dates[0].Date : null,
            Terms = terms,
            SearchText = search,
            HrWords = concepts.Overlaps(HrConcepts) || article is not null || HrVocabulary().IsMatch(folded),
            CandidateVoice = CandidateWords().IsMatch(folded),
        };
    }

    /// <summary>The level a question names: "niveau A", "level B", "A-niveau", "de niveau C", "an A-level job".</summary>
    internal static string? LevelOf(string text)
    {
        // "niveau B" / "level B" first: in "a level B employee" the level is B, not the article "a".
        var named = Level().Matches(text).FirstOrDefault(m => m.Groups["a"].Success);
        var m = named ?? Level().Match(text);
        return m.Success ? (m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).ToUpperInvariant() : null;
    }

    /// <summary>The term kinds a question's concepts point to, most specific first.</summary>
    private static List<string> TermsOf(HashSet<string> c, string folded)
    {
        var terms = new List<string>();
        if (c.Contains("#probation"))
        {
            terms.Add("probation");
        }

        if (c.Contains("#reserve"))
        {
            terms.Add(c.Contains("#extend") ? "reserve-extension" : "reserve");
        }

        if (c.Contains("#retention") || (c.Contains("#data") && HowLongWords().IsMatch(folded)))
        {
            terms.Add("retention");
        }

        if (c.Contains("#inspection"))
        {
            terms.Add("inspection");
        }

        if (c.Contains("#invite"))
        {
            terms.Add("invitation");
        }

        if (c.Contains("#result") && c.Contains("#notify") || (c.Contains("#result") && HowLongWords().IsMatch(folded)))
        {
            terms.Add("notification");
        }

        if (c.Contains("#publication") || (c.Contains("#closing") && c.Contains("#term")))
        {
            terms.Add("publication");
        }

        return terms;
    }

    /// <summary>
    /// One named employee: a possessive or role word followed by a capitalised name ("mijn collega Jan Peeters", "van
    /// mevrouw De Smet", "my colleague Ann"), or a two-word capitalised name that is no sentence start or known term.
    /// </summary>
    internal static bool Individual(string text, Func<string, bool> isKnownWord)
    {
        if (NamedPerson().IsMatch(text))
        {
            return true;
        }

        foreach (Match m in CapitalisedPair().Matches(text))
        {
            var first = TermText.Fold(m.Groups[1].Value);
            var last = TermText.Fold(m.Groups[2].Value.Split(' ')[^1]);
            if (m.Index == 0 || NotNames.Contains(first) || NotNames.Contains(last) || isKnownWord(first) || isKnownWord(last))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static readonly HashSet<string> HrConcepts = new(StringComparer.Ordinal)
    {
        "#committee", "#probation", "#reserve", "#retention", "#invite", "#closed-days", "#appoint", "#inspection", "#steps", "#decide", "#hand-in", "#first-day",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "art", "artikel", "article", "niveau", "level", "vdab", "ocmw", "hr", "ict", "selor", "teams", "microsoft", "stad", "gemeente", "provincie", "college",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "january", "february",
        "march", "may", "june", "july", "august", "october", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre", "wat", "wie", "hoe", "what", "who", "how", "can", "qui", "que", "quel", "quelle", "comment", "mag", "kan", "welke", "the",
    };

    [GeneratedRegex(@"\b(?:art(?:ikel|icle|\.)?|§)\s*(?<n>\d{1,3}(?:\s?(?:bis|ter|quater))?)\b")]
    private static partial Regex ArticleRef();

    [GeneratedRegex(@"\b(?:niveaus?|levels?|niv\.?)\s+[a-e]\b|\b[a-e]-(?:niveau|level)\b|\bniveau\b|\blevel\b")]
    private static partial Regex LevelWords();

    [GeneratedRegex(@"\b(?:[Nn]iveaus?|[Ll]evels?|[Nn]iv\.?)\s+(?<a>[A-Ea-e])\b|\b(?<b>[A-E])-(?:[Nn]iveau|[Ll]evel)\b")]
    private static partial Regex Level();

    [GeneratedRegex(@"\b(welke stappen|stappen|stappenplan|checklist|hoe (?:open|start|vraag|organiseer|verloopt|gaat|doe)|wat moet ik doen|wat doe ik|wat moet er gebeuren|what do (?:i|we) do|que (?:dois-je|faut-il) faire|wat moet .* (?:meebrengen|afgeven|binnenbrengen|bezorgen|meenemen|klaarzetten)|steps|what (?:does|do|must|should) .* (?:bring|hand in|submit)|how do (?:i|we)|etapes|quelles etapes|que doit .* (?:apporter|remettre|fournir))\b")]
    private static partial Regex StepsWords();

    [GeneratedRegex(@"^\s*(wie\b|who\b|by whom|qui\b)|\b(door wie|by whom|par qui|wie beslist|who decides|qui decide)\b")]
    private static partial Regex WhoWords();

    [GeneratedRegex(@"\b(hoe lang|hoelang|how long|combien de temps|hoeveel (?:dagen|weken|maanden|jaar)|how many (?:days|weeks|months|years)|combien de (?:jours|semaines|mois)|termijn|duur)\b")]
    private static partial Regex HowLongWords();

    [GeneratedRegex(@"\b(kom ik|kan ik (?:solliciteren|deelnemen|meedoen)|mag ik (?:solliciteren|deelnemen)|ben ik|heb ik recht|do i qualify|can i apply|am i eligible|puis-je postuler|suis-je)\b")]
    private static partial Regex CandidateWords();

    [GeneratedRegex(@"\b(selectiecommissie|jury|wervingsreserve|proeftijd|publicatietermijn|vacantverklaring|aanstellende overheid|personeelsdienst|personeelslid|personeelsleden|indiensttreding|onthaal|reglement|rechtspositie|handboek|werkinstructie|sluitingsdag|telefoonlijn|selection committee|recruitment reserve|probation|onboarding|comite de selection|reserve de recrutement|periode d essai|stage)\w*")]
    private static partial Regex HrVocabulary();

    [GeneratedRegex(@"\b(?:mijn|onze|de|zijn|haar|van|my|our|mon|ma|notre|de la|du)\s+(?:collega|collegas|medewerker|medewerkster|personeelslid|werknemer|meneer|mevrouw|heer|colleague|employee|staff member|coworker|collegue|agent|monsieur|madame)\s+(?:[A-Z][a-zà-ÿ'-]+|(?:van|de|der|den|le|la)\s+[A-Z])")]
    private static partial Regex NamedPerson();

    [GeneratedRegex(@"\b([A-Z][a-zà-ÿ]{1,20})\s+((?:(?:van|de|der|den|le|la|du)\s+)?[A-Z][a-zà-ÿ]{2,20})\b")]
    private static partial Regex CapitalisedPair();
}
