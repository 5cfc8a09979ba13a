using System.Text.RegularExpressions;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Classification;

/// <summary>
/// A job named in English or French words inside the question ("the cycling subsidies case handler", "le poste de
/// gestionnaire de dossiers subsides vélo"): a benefit or topic word in that phrase ("cycling", "vélo") is part of the
/// job's name, not a question about a bike allowance. The Dutch title rarely matches those words, so the vacancy
/// matcher does not hide them.
/// </summary>
internal static partial class JobNamePhrase
{
    /// <summary>The tokens (indices into <see cref="RuleText.Tokens"/>) of benefit or topic words that only qualify a job noun.</summary>
    public static bool[] BenefitWords(RuleText rule)
    {
        var mask = new bool[rule.Tokens.Count];
        foreach (var pattern in new[] { English(), French() })
        {
            foreach (Match m in pattern.Matches(rule.Text))
            {
                for (var i = 0; i < rule.Words.Length; i++)
                {
                    var start = rule.Starts[i];
                    var word = " " + rule.Words[i] + " ";
                    if (start >= m.Index && start < m.Index + m.Length && rule.Words[i] != "_"
                        && (BenefitCues.Kind(word) is not null || TopicCues.Find(word) is not null))
                    {
                        mask[rule.Sources[i]] = true;
                    }
                }
            }
        }

        return mask;
    }

    /// <summary>
    /// One to four modifiers before an English job noun, after "for/as/the/a/of": "the cycling subsidies case handler"; the
    /// noun may be a word the vacancy matcher already hid ("_").
    /// </summary>
    [GeneratedRegex(
        @"(?<=\b(?:for|as|the|a|an|of) )(?:(?!(?:the|for|a|an|of|to|my|this|that|in|at|with|and|or|is|are|do|does|what|how|s|get|any|there)\b)[\w']+ ){1,4}"
        + @"(?:handler|officer|manager|assistant|worker|expert|adviser|advisor|coordinator|engineer|driver|technician|clerk|consultant"
        + @"|specialist|attendant|planner|inspector|lawyer|nurse|supervisor|operator|caretaker|instructor|monitor|employee|administrator"
        + @"|analyst|designer|developer|keeper|mechanic|electrician|gardener|cook|teacher|counsellor|counselor|agent|assessor|_)s?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex English();

    /// <summary>A French job noun and up to four words that qualify it: "gestionnaire de dossiers subsides velo", "agent velo".</summary>
    [GeneratedRegex(
        @"\b(?:gestionnaire|collaborat(?:eur|rice)|conseill(?:er|ere)|agent|employee?|technicien(?:ne)?|chauffeur|assistante?|responsable"
        + @"|coordinat(?:eur|rice)|ingenieur|juriste|infirmiere?|accompagnat(?:eur|rice)|animat(?:eur|rice)|expert|moniteur|monitrice"
        + @"|educat(?:eur|rice)|ouvriere?|jardinier|cuisinier|redact(?:eur|rice)|inspect(?:eur|rice)|surveillante?|operat(?:eur|rice))s?"
        + @"(?: (?:de|du|des|d ?'|en)(?: (?:dossiers?|la|l ?'))?)?(?: (?!(?:a|au|aux|chez|dans|pour|et|ou|est|sont|qui|que|quel|quelle|combien|avec|sur)\b)[\w']+){1,4}",
        RegexOptions.CultureInvariant)]
    private static partial Regex French();
}
