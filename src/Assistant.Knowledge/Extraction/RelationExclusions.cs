using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Exclusions of people tied to someone in office: "Komen niet in aanmerking: de leden van het bestuur en hun echtgenoot of
/// wettelijk samenwonende partner", "Bloed- en aanverwanten tot in de tweede graad van de mandatarissen zijn uitgesloten",
/// "Spouses of board members are not eligible". Read as a requirement line touching "relation": nothing a rule can check
/// unless the candidate speaks of such a tie, and then it must not be passed over.
/// </summary>
public static partial class RelationExclusions
{
    /// <summary>The exclusion sentences of the document (a sentence the layout wrapped over lines is read whole).</summary>
    public static IReadOnlyList<UnparsedRequirement> Find(DocumentView view)
    {
        var result = new List<UnparsedRequirement>();
        foreach (var line in view.Lines)
        {
            var (whole, _) = GeneralRequirementRules.Continued(view, line);
            foreach (Match m in Relation().Matches(whole))
            {
                var (start, end) = DocumentView.SentenceBounds(whole, m.Index, m.Index + m.Length);
                var sentence = whole[start..end];
                if (start >= line.Text.Length || !Excludes().IsMatch(sentence) || !Office().IsMatch(sentence))
                {
                    continue;
                }

                var citation = GeneralRequirementRules.CiteAcross(view, line, start, end, whole);
                if (result.All(r => r.Citation.Start != citation.Start))
                {
                    result.Add(new UnparsedRequirement(["relation"], citation));
                }

                break;
            }
        }

        return result;
    }

    [GeneratedRegex(@"\b(?:echtgeno\w*|partners?|samenwon\w*|bloed-?\s*(?:en|of)\s*aanverwant\w*|bloedverwant\w*|aanverwant\w*|familieleden|familielid|verwant\w*|spouses?|relatives?|related\s+to|conjoints?|parents?\s+(?:ou|et)\s+alliés?|alliés?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relation();

    [GeneratedRegex(@"\bniet\s+in\s+aanmerking\b|\buitgesloten\b|\bniet\s+toegelaten\b|\b(?:kunnen|mogen|kan|mag)\s+(?:\w+\s+)?niet\s+(?:deelnemen|solliciteren|kandideren|kandidaat)\b|\bnot\s+eligible\b|\bexcluded\b|\bmay\s+not\s+apply\b|\bcannot\s+apply\b|\bexclus\b|\bne\s+(?:peuvent|peut)\s+pas\b", RegexOptions.IgnoreCase)]
    private static partial Regex Excludes();

    [GeneratedRegex(@"\b(?:bestuur\w*|raad\w*|raadsle\w*|gemeenteraad\w*|schepen\w*|burgemeester\w*|voorzitter\w*|mandataris\w*|algemene\s+vergadering|directie\w*|personeelsle\w*|board|council\w*|alderm[ae]n|mayor|chair\w*|conseil\w*|échevin\w*|bourgmestre|mandataires?|administrateurs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Office();
}
