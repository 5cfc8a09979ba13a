using System.Text.RegularExpressions;

namespace Assistant.Understanding.Entities;

/// <summary>
/// The kind of post a candidate asks about: a contractual one ("en voor het contract van onbepaalde duur dan?", "een
/// contractuele vervanging", "and as a contractual?") or a statutory one ("de vaste (statutaire) job", "statutair starten",
/// "a statutory appointment"). Only words about the post asked for count, not the candidate's current contract; both kinds
/// named, or neither, is null.
/// </summary>
internal static partial class PostKindWords
{
    /// <summary>"contractual", "statutory" or null, from folded text.</summary>
    public static string? Find(string folded)
    {
        var contractual = Contractual().IsMatch(folded);
        var statutory = Statutory().IsMatch(folded);
        return contractual == statutory ? null : contractual ? "contractual" : "statutory";
    }

    private const string PostNoun = @"[\s()]+(job|betrekking|functie|aanwerving|aanwervingen|vervanging|plaats|post|poste|position|reserve|wervingsreserve|emploi|benoeming|appointment|basis|recrutement)\b";

    [GeneratedRegex(@"\b(contractuele|contractueel|contractuel|contractuelle|contractual)" + PostNoun
        + @"|\b(en|and|et|of|or|ou)\s+(voor\s+|for\s+|pour\s+|as\s+|als\s+|comme\s+)?(het\s+|een\s+|le\s+|un\s+|a\s+)?(contract\w*|cdi|cdd)\b"
        + @"|\b(contractuele|contractueel|contractual|contractuelle)\s+(of|or|ou|en|and|et)\s|\bcontractueel\s+(starten|beginnen|aangeworven|worden|dan)\b|\b(on|with)\s+a\s+contract\b(?!\s+(at|with|bij))", RegexOptions.CultureInvariant)]
    private static partial Regex Contractual();

    [GeneratedRegex(@"\b(statutaire|statutair|statutory|statutaires)" + PostNoun
        + @"|\b(en|and|et|of|or|ou)\s+(voor\s+|for\s+|pour\s+|as\s+|als\s+|comme\s+)?(de\s+|een\s+|la\s+|une\s+|a\s+)?(statut\w*|vaste benoeming)\b"
        + @"|\b(statutaire|statutair|statutory)\s+(of|or|ou|en|and|et)\s|\bstatutair\s+(starten|beginnen|benoemd|aangeworven|worden|dan)\b|\bvast\s+benoemd\s+worden\b", RegexOptions.CultureInvariant)]
    private static partial Regex Statutory();
}
