using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// What a candidate says they will not or cannot do ("ik wil geen wapen dragen", "ik ben niet bereid om te verhuizen", "I
/// refuse to wear a uniform", "je ne veux pas porter d'arme"): the substantive words of the refused activity, folded. A
/// question ("moet ik een wapen dragen?") refuses nothing. The words are compared with the document's sentences that ask
/// a willingness ("Je bent bereid een dienstwapen te dragen"); working times have a reading of their own (<see cref="AvailabilityWords"/>).
/// </summary>
internal static partial class RefusalWords
{
    /// <summary>The refused activities' substantive words, in the order said; empty when the message refuses nothing.</summary>
    public static IReadOnlyList<string> Find(RuleText t)
    {
        var folded = TextFold.Fold(t.Original);
        var words = new List<string>();
        // "slaapdiensten wil ik niet doen", "weekendwerk doe ik nooit", "op zaterdag werk ik niet", "wachtdiensten doe ik liever
        // niet": the refused activity before the verb.
        foreach (Match m in RefusalAfter().Matches(folded))
        {
            words.AddRange(TextFold.Words(m.Groups["what"].Value).Where(w => w.Length >= 4 && !Generic.Contains(w)));
        }

        foreach (Match m in Refusal().Matches(folded))
        {
            // A question about the activity asks; it does not refuse.
            var rest = folded[(m.Index + m.Length)..];
            var end = rest.IndexOfAny(['.', '?', '!', ';', ',']);
            if (end >= 0 && rest[end] == '?')
            {
                continue;
            }

            words.AddRange(TextFold.Words(m.Groups["what"].Value).Where(w => w.Length >= 4 && !Generic.Contains(w)));
        }

        return [.. words.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// What the candidate says they do not have ("ik heb nog geen visum", "zonder VCA-attest", "I don't have a work visa", "je n'ai
    /// pas de visa"), as folded words, beyond what other rules read as facts of their own (a diploma, a licence, experience, a
    /// nationality, a certificate as such): the first one or two substantive words after the lacking words. A question
    /// lacks nothing, nor does "geen probleem met …".
    /// </summary>
    public static IReadOnlyList<string> Lacked(RuleText t)
    {
        var folded = TextFold.Fold(t.Original);
        var words = new List<string>();
        foreach (Match m in Lacking().Matches(folded))
        {
            var rest = folded[(m.Index + m.Length)..];
            var end = rest.IndexOfAny(['.', '?', '!', ';', ',']);
            if (end >= 0 && rest[end] == '?')
            {
                continue;
            }

            // "certificat de cariste", "attest van goed gedrag": the word for a certificate says nothing; the words after it name it.
            var named = TextFold.Words(m.Groups["what"].Value).TakeWhile(w => !Joins.Contains(w)).Where(w => !LackGeneric.Contains(w)).ToList();
            if (named.Count > 0 && CertificateWords.Contains(named[0]))
            {
                named = [.. named.Skip(1).Where(w => !Prepositions.Contains(w))];
            }
            else if (named.Count > 1 && named[0] == "getuigschrift" && named.Skip(1).FirstOrDefault(w => !Prepositions.Contains(w)) is { } next && !SchoolWords().IsMatch(next))
            {
                // "geen getuigschrift bedrijfsbeheer" names a certificate; "geen getuigschrift secundair onderwijs" a diploma, read on its own.
                named = [.. named.Skip(1).Where(w => !Prepositions.Contains(w))];
            }

            // "geen rijbewijs C", "geen Belgische nationaliteit": a fact other rules read; "geen VCA-attest": the certificate's own name.
            if (named.Count == 0 || NoObjection.Contains(named[0]) || FactWords().IsMatch(named[0]))
            {
                continue;
            }

            words.AddRange(named.Take(2).Where(w => w.Length >= 3 && !FactWords().IsMatch(w)));
        }

        return [.. words.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Words that end what is lacked ("geen visum maar wel …", "zonder attest en zonder …").</summary>
    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal)
    {
        "maar", "en", "of", "want", "omdat", "wel", "dus", "but", "and", "or", "because", "yet", "mais", "et", "ou", "car", "met", "with", "avec", "voor", "for", "pour",
    };

    /// <summary>Words for a certificate as such, whose name follows them in French and in Dutch phrases with "van".</summary>
    private static readonly HashSet<string> CertificateWords = new(StringComparer.Ordinal)
    {
        "attest", "certificaat", "brevet", "certificat", "attestation", "certificate",
    };

    /// <summary>Prepositions between a certificate word and its name.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "van", "voor", "of", "de", "du", "d", "des", "for" };

    /// <summary>Articles, fillers and quantities before the thing lacked.</summary>
    private static readonly HashSet<string> LackGeneric = new(StringComparer.Ordinal)
    {
        "een", "de", "het", "nog", "echt", "eigen", "enkel", "enige", "any", "the", "yet", "real", "own", "un", "une", "des", "le", "la", "les", "encore", "vraiment",
        "mijn", "my", "mon", "ma", "mes", "geldig", "geldige", "valid", "valide", "officieel", "officiele", "official", "d", "l",
    };

    /// <summary>First words that say there is no objection rather than something lacking ("geen probleem met nachtwerk").</summary>
    private static readonly HashSet<string> NoObjection = new(StringComparer.Ordinal)
    {
        "probleem", "problemen", "bezwaar", "moeite", "idee", "zin", "tijd", "problem", "problems", "issue", "issues", "objection", "idea", "time",
        "probleme", "problemes", "souci", "soucis", "objection", "idee", "temps",
    };

    /// <summary>Words of a level of schooling after "getuigschrift": a diploma, not a certificate.</summary>
    [GeneratedRegex(@"^(secundair\w*|middelbaar|hoger|lager|onderwijs|tweede|derde|eerste|graad|aso|tso|bso|kso|hbo5|basis\w*|het|een)$", RegexOptions.CultureInvariant)]
    private static partial Regex SchoolWords();

    /// <summary>Words of facts read by rules of their own: diplomas, licences, experience, nationality, certificates, work.</summary>
    [GeneratedRegex(@"^(diplom\w*|degree\w*|qualification\w*|opleiding\w*|studie\w*|studies|etudes|formation|getuigschrift\w*|bachelor\w*|master\w*|graduaat\w*|licentiaat\w*|rijbewijs\w*|licen[cs]e\w*|permis|driving|drivers?|ervaring\w*|werkervaring\w*|experience\w*|nationalit\w*|belg\w*|eu|europe\w*|werk\w*|job\w*|work\w*|travail\w*|emploi\w*|kennis|knowledge|connaissance\w*|idee|clue)$", RegexOptions.CultureInvariant)]
    private static partial Regex FactWords();

    // "ik heb (nog) geen …", "ik beschik niet over …", "zonder …", "I don't have (a) …", "I have no …", "without …", "je n'ai pas de …"
    // (not "je n'ai pas terminé …", a verb), "sans …": what is lacked runs to the end of the clause.
    [GeneratedRegex(@"\b(?:(?:ik\s+)?heb\s+(?:ik\s+)?(?:nog\s+)?(?:geen|nooit\s+een)|(?:ik\s+)?beschik\s+(?:nog\s+)?niet\s+over|(?:maar|but|mais)\s+(?:nog\s+|still\s+|encore\s+)?(?:geen|no|pas\s+(?:de|d'))|zonder|(?:i\s+)?(?:don't|do\s+not)\s+(?:yet\s+)?have|i\s+have\s+no|without|(?:je\s+)?n'ai\s+pas\s+(?:de|d'|du|des|le|la|les|l'|un|une|mon|ma|mes)|sans)\b(?<what>[^.?!,;]{3,50})", RegexOptions.CultureInvariant)]
    private static partial Regex Lacking();

    /// <summary>Words that name no activity of their own (verbs of doing, fillers, the application itself).</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "werken", "werk", "doen", "hebben", "zijn", "gaan", "komen", "maken", "echt", "graag", "liever", "zeker", "absoluut", "helemaal", "meer",
        "solliciteren", "deelnemen", "toch", "daar", "dat", "omdat", "want", "voor", "mijn", "mezelf", "iets", "zoiets",
        "work", "working", "really", "apply", "that", "this", "with", "because", "there", "anymore", "something", "myself",
        "travailler", "faire", "vraiment", "postuler", "cela", "parce", "avec", "quelque", "chose", "plus",
    };

    [GeneratedRegex(@"\b(?<what>[\p{L}-]{4,})\s+(?:wil|kan|ga|doe|werk)\s+ik\s+(?:absoluut\s+|echt\s+|zeker\s+|liever\s+|graag\s+)?(?:niet|nooit)\b(?![^.?!]*\?)", RegexOptions.CultureInvariant)]
    private static partial Regex RefusalAfter();

    // "ik wil geen …", "ik ga niet …", "ik kan niet …", "ik ben niet bereid (om) …", "ik weiger …", "I won't …", "I refuse to …", "I'm not
    // willing to …", "je ne veux pas …", "je refuse de …": the refused activity runs to the end of the clause.
    [GeneratedRegex(@"\b(?:(?:ik\s+)?(?:wil|ga|kan|kun)\s+(?:ik\s+)?(?:absoluut\s+|echt\s+|zeker\s+)?(?:geen|niet|nooit)|(?:ik\s+)?ben\s+(?:absoluut\s+|echt\s+)?niet\s+bereid(?:\s+om|\s+tot)?|(?:ik\s+)?weiger\w*|(?:i\s+)?(?:won't|will\s+not|refuse\s+to|(?:don't|do\s+not)\s+want\s+to|(?:am|'m)\s+not\s+(?:willing|prepared)\s+to|never\s+work|(?:don't|do\s+not|can't|cannot)\s+work)|(?:je\s+)?ne\s+travaille\s+(?:pas|jamais)|(?:je\s+)?(?:ne|n')\s*(?:veux|souhaite)\s+pas|(?:je\s+)?refuse\s+(?:de|d'))\b(?<what>[^.?!,;]{3,60})", RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();
}
