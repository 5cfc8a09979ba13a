using System.Text.RegularExpressions;

namespace Assistant.Core.Text;

/// <summary>
/// Sentences that limit whom a condition binds: "Voor contractuele aanwervingen geldt deze voorwaarde niet", "This condition
/// does not apply to contractual staff", "Elle ne l'est pas pour les engagements contractuels". Extraction quotes such a
/// sentence with its condition; answers that apply the condition show it, so the candidate sees it does not bind everyone.
/// </summary>
public static partial class ScopeLimits
{
    /// <summary>Whether <paramref name="sentence"/> says a condition does not apply (to some).</summary>
    public static bool Limits(string sentence) => NotForAll().IsMatch(sentence);

    /// <summary>The first sentence of <paramref name="quote"/> after its first that limits whom the condition binds, or null.</summary>
    public static string? LimitingSentence(string quote)
    {
        var sentences = SentenceEnd().Split(quote).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return sentences.Skip(1).FirstOrDefault(Limits);
    }

    [GeneratedRegex(@"\b(?:geldt|gelden|is|zijn)\s+(?:(?:deze|die|dit|dat)\s+)?(?:(?:voorwaarde|vereiste|verplichting)\s+)?niet\b|\bniet\s+(?:van\s+toepassing|vereist)\b|\bdoes\s+not\s+apply\b|\bnot\s+required\b|\bne\s+s'applique\s+pas\b|\bn'est\s+pas\s+(?:requise?|exigée?)\b|\bne\s+l'est\s+pas\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotForAll();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
