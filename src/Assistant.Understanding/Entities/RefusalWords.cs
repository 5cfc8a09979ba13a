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

    /// <summary>Words that name no activity of their own (verbs of doing, fillers, the application itself).</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "werken", "werk", "doen", "hebben", "zijn", "gaan", "komen", "maken", "echt", "graag", "liever", "zeker", "absoluut", "helemaal", "meer",
        "solliciteren", "deelnemen", "toch", "daar", "dat", "omdat", "want", "voor", "mijn", "mezelf", "iets", "zoiets",
        "work", "working", "really", "apply", "that", "this", "with", "because", "there", "anymore", "something", "myself",
        "travailler", "faire", "vraiment", "postuler", "cela", "parce", "avec", "quelque", "chose", "plus",
    };

    // "ik wil geen …", "ik ga niet …", "ik kan niet …", "ik ben niet bereid (om) …", "ik weiger …", "I won't …", "I refuse to …", "I'm not
    // willing to …", "je ne veux pas …", "je refuse de …": the refused activity runs to the end of the clause.
    [GeneratedRegex(@"\b(?:(?:ik\s+)?(?:wil|ga|kan|kun)\s+(?:ik\s+)?(?:absoluut\s+|echt\s+|zeker\s+)?(?:geen|niet|nooit)|(?:ik\s+)?ben\s+(?:absoluut\s+|echt\s+)?niet\s+bereid(?:\s+om|\s+tot)?|(?:ik\s+)?weiger\w*|(?:i\s+)?(?:won't|will\s+not|refuse\s+to|(?:don't|do\s+not)\s+want\s+to|(?:am|'m)\s+not\s+(?:willing|prepared)\s+to)|(?:je\s+)?(?:ne|n')\s*(?:veux|souhaite)\s+pas|(?:je\s+)?refuse\s+(?:de|d'))\b(?<what>[^.?!,;]{3,60})", RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();
}
