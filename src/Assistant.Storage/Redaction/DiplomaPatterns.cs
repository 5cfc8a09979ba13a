using Assistant.Core.Text;
using Assistant.Core.Text.Redaction;
namespace Assistant.Storage.Redaction;

/// <summary>Statements of one's diploma in nl/en/fr, with the field of study ("ik heb een master in de rechten").</summary>
internal static class DiplomaPatterns
{
    private const string Lead =
        @"(?<lead>\b(?:ik\s+(?:heb|bezit|behaalde|ben\s+(?:in\s+het\s+bezit\s+van|houder\s+van))|heb\s+ik|mijn\s+(?:hoogste\s+)?diploma\s+is|met" +
        @"|I\s+(?:have|hold|obtained|completed|earned|got|finished)|I['’]ve(?:\s+got)?|my\s+(?:highest\s+)?(?:degree|diploma|qualification)\s+is|with" +
        @"|j['’]ai(?:\s+obtenu)?|je\s+n['’]ai\s+(?:pas|aucun)|je\s+suis\s+titulaire\s+d['’]|je\s+dispose\s+d['’]|je\s+possède|mon\s+(?:dernier\s+)?diplôme\s+est|avec)\b" +
        @"(?:\s+(?:ook|al|wel|enkel|alleen|maar|nog|only|also|just|already|aussi|seulement|déjà|juste))*\s*)";

    private const string Determiner = @"(?:(?:een|geen|mijn|het|de|a|an|no|my|the|un|une|le|la|mon|ma|d['’]|l['’])\s*)?";

    private const string Noun =
        @"(?:\p{L}*diploma(?:['’]s|s)?|\p{L}*diplôme|bachelor(?:s|['’]s)?|master(?:s|['’]s)?|bachelier|graduaat|graduat|licentiaat|licence" +
        @"|doctoraat|doctorat|doctorate|ph\.?d|degree|getuigschrift|CESS|associate\s+degree)" +
        @"(?:\s+(?:degree|diploma|diplôme))?\b";

    /// <summary>The words that introduce a field ("master in de rechten", "bachelier en droit").</summary>
    private static readonly HashSet<string> FieldPrepositions = new(["in", "en", "of", "van", "de", "du"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Articles after such a preposition ("in de", "of the", "en l'").</summary>
    private static readonly string[] Articles = ["de ", "het ", "the ", "la ", "le ", "l'", "l’", "les "];

    private const string Statement = Lead + Determiner + @"(?:[\p{L}-]+\s+){0,2}?" + Noun;

    public static IEnumerable<RedactionRule> Rules()
    {
        yield return RedactionRule.AfterLead(Statement, "[diploma]")
            .Extends(FieldLength)
            .Requires(Prefilters.AnyOf("dipl", "bachelor", "master", "bachelier", "gradua", "licen", "doctora", "phd", "ph.d", "degree", "getuigschrift", "cess"));
    }

    /// <summary>
    /// The length of the field of study after a diploma noun at <paramref name="start"/>: " in (article) word word word" or
    /// " word word word", up to three words that are not stop words ("een master in de rechten en 3 jaar": " in de rechten").
    /// A hand-written scan of at most four words, because the non-backtracking engine cannot exclude words by lookahead.
    /// </summary>
    internal static int FieldLength(string text, int start)
    {
        var first = Spaces(text, start);
        if (first == start)
        {
            return 0;
        }

        var afterFirst = Word(text, first, out var preposition);
        if (preposition is not null && FieldPrepositions.Contains(preposition) && Spaces(text, afterFirst) is var p && p > afterFirst)
        {
            foreach (var article in Articles)
            {
                if (string.Compare(text, p, article, 0, article.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && FieldWords(text, article[^1] == ' ' ? Spaces(text, p + article.Length) : p + article.Length) is var afterArticle && afterArticle > 0)
                {
                    return afterArticle - start;
                }
            }

            if (FieldWords(text, p) is var end && end > 0)
            {
                return end - start;
            }
        }

        return FieldWords(text, first) is var plain && plain > 0 ? plain - start : 0;
    }

    /// <summary>The end of one to three field words from <paramref name="at"/> (separated by white space), or 0 when the first is missing or a stop word.</summary>
    private static int FieldWords(string text, int at)
    {
        var end = 0;
        for (var i = 0; i < 3; i++)
        {
            var wordEnd = Word(text, at, out var word);
            if (word is null || IsStopWord(word))
            {
                break;
            }

            end = wordEnd;
            at = Spaces(text, wordEnd);
            if (at == wordEnd)
            {
                break;
            }
        }

        return end;
    }

    /// <summary>A stop word, also before a dash ("in-service"): the pattern this replaces excluded a stop word followed by a word boundary.</summary>
    private static bool IsStopWord(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return StopWords.RedactedStudyFieldEnd.Contains(word) || (dash > 0 && StopWords.RedactedStudyFieldEnd.Contains(word[..dash]));
    }

    /// <summary>The letters and dashes from <paramref name="at"/>; <paramref name="word"/> is null when there are none.</summary>
    private static int Word(string text, int at, out string? word)
    {
        var end = at;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        word = end > at ? text[at..end] : null;
        return end;
    }

    private static int Spaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
