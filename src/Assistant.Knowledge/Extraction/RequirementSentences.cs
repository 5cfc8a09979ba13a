using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The sentences of a vacancy's requirement and profile sections as cited, whatever rule read them or none: what a candidate
/// says they lack or refuse is held against them (see <see cref="Requirements.Sentences"/>). A sentence that names an asset
/// ("is een pluspunt", "a plus", "un atout") or says its subject is not required asks nothing, so it is left out.
/// </summary>
internal static partial class RequirementSentences
{
    /// <summary>
    /// The asking sentences of <paramref name="lines"/>, in document order, each cited once; a sentence overlapping a citation in
    /// <paramref name="read"/> is marked read.
    /// </summary>
    public static IReadOnlyList<RequirementSentence> Find(DocumentView view, IEnumerable<TextLine> lines, IReadOnlyList<Citation?> read)
    {
        var result = new List<Citation>();
        foreach (var line in lines.Where(l => !l.IsHeading))
        {
            foreach (var (start, end) in DocumentView.Sentences(line.Text))
            {
                var sentence = line.Text[start..end];
                if (sentence.Trim().Length < 8 || RequirementRules.Asset().IsMatch(sentence) || AssetInOtherWords().IsMatch(sentence) || GeneralRequirementRules.NotRequired().IsMatch(sentence))
                {
                    continue;
                }

                result.Add(view.Cite(line, start, end));
            }
        }

        return [.. result.DistinctBy(c => (c.Document, c.Start))
            .Select(c => new RequirementSentence(c, read.Any(r => r is not null && r.Document == c.Document && r.Start < c.End && r.End > c.Start)))];
    }

    /// <summary>Asset words beyond the requirement rules' own (<see cref="RequirementRules.Asset"/>): English and French ones, and "voordeel" or "aanbeveling" in any phrase.</summary>
    [GeneratedRegex(@"voordeel|aanbeveling|\bpreferably\b|\bideally\b|\basset\b|\badvantage\b|\ba plus\b|\batout\b|\bun plus\b|\bde pr[ée]f[ée]rence\b|\bsouhait", RegexOptions.IgnoreCase)]
    private static partial Regex AssetInOtherWords();
}
