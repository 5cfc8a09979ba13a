using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Conditions on where the candidate lives: "Je woont op maximaal 20 km van het gemeentehuis", "Je bent gedomicilieerd in de
/// gemeente", "You live within 15 km of the depot", "Vous habitez à 30 km maximum". Read as a requirement line touching
/// "residence"; the distance the candidate states decides it, any other word on where they live leaves it to check.
/// A wish ("bij voorkeur", "een pluspunt") is no condition.
/// </summary>
public static partial class ResidenceConditions
{
    /// <summary>The residence conditions of the document.</summary>
    public static IReadOnlyList<UnparsedRequirement> Find(DocumentView view)
    {
        var result = new List<UnparsedRequirement>();
        foreach (var line in view.Lines.Where(l => l.Topic is Topic.Requirements or Topic.Profile))
        {
            var (whole, _) = GeneralRequirementRules.Continued(view, line);
            // Folded character by character, so that offsets in the folded text are offsets in the line's text.
            var folded = string.Concat(whole.Select(TextFold.FoldChar));
            var m = Lives().Match(folded);
            if (!m.Success || m.Index >= line.Text.Length)
            {
                continue;
            }

            var (start, end) = DocumentView.SentenceBounds(whole, m.Index, m.Index + m.Length);
            var sentence = folded[start..end];
            if (!Where().IsMatch(sentence) || Wish().IsMatch(sentence))
            {
                continue;
            }

            result.Add(new UnparsedRequirement(["residence"], GeneralRequirementRules.CiteAcross(view, line, start, end, whole)));
        }

        return result;
    }

    /// <summary>Where the reader lives, said as a condition: "je woont", "u bent gedomicilieerd", "woonachtig", "you live", "vous habitez".</summary>
    [GeneratedRegex(@"\b(?:je|u|jij)\s+(?:woont|woon|bent\s+(?:gedomicilieerd|woonachtig|ingeschreven))\b|\bwoonachtig\b|\bgedomicilieerd\b|\bdomicilie\b|\bwoonplaats\b|\byou\s+(?:must\s+|should\s+)?live\b|\bvous\s+(?:habitez|residez|etes\s+domicilie)|\bdomicilie\s+(?:dans|a)\b")]
    private static partial Regex Lives();

    [GeneratedRegex(@"\b(km|kilometer\w*|gemeente|provincie|regio|grondgebied|straal|within|municipality|province|commune|rayon)\b")]
    private static partial Regex Where();

    [GeneratedRegex(@"\bbij\s+voorkeur\b|\bpluspunt\b|\btroef\b|\bstrekt\b|\bpreferably\b|\bis\s+a\s+plus\b|\bde\s+preference\b|\bun\s+atout\b|\bvergoeding\b|\bwoon-werk\w*\b|\ballowance\b|\bindemnite\b")]
    private static partial Regex Wish();
}
