using System.Text.RegularExpressions;
using Assistant.Understanding.Classification;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// Whether the candidate speaks about the languages they know or lack ("ik spreek geen Frans", "I only speak Dutch",
/// "je ne parle pas anglais", "mijn kennis van het Engels"): then language requirements and preferences concern them.
/// </summary>
internal static partial class LanguageSkillRules
{
    /// <summary>True when <paramref name="t"/> states something about the candidate's languages, null otherwise.</summary>
    public static bool? Mentioned(RuleText t) => Skill().IsMatch(t.Text) && RequirementTopics.Find(t) != "language" ? true : null;

    /// <summary>
    /// The CEFR level the candidate states for their Dutch ("ik heb A2", "mijn Nederlands is B2", "my Dutch is B2 level",
    /// "niveau B1 en néerlandais", "ERK B2"): only a level stated explicitly, never one guessed from how they write. A level
    /// with another language named ("mon anglais est C1") is not their Dutch; C1 alone after "ik heb" may be a licence.
    /// </summary>
    public static string? DutchLevel(RuleText t)
    {
        foreach (Match m in Level().Matches(t.Text))
        {
            var level = m.Groups["l"].Value.ToUpperInvariant();
            // Close to the level only: "mijn Nederlands is B2", "Dutch at B2 level", "B1 en néerlandais".
            var around = t.Text[Math.Max(0, m.Index - 30)..Math.Min(t.Text.Length, m.Index + m.Length + 20)];
            var dutch = Dutch().IsMatch(around);
            if (OtherLanguage().IsMatch(around) && !dutch)
            {
                continue;
            }

            if (dutch || LevelWord().IsMatch(around) || (m.Groups["bare"].Success && level != "C1" && !Licence().IsMatch(t.Text)))
            {
                return level;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<bare>\b(ik heb|heb ik|i have|j' ?ai) (een |a |le |un )?(niveau |level )?)?(?<![-/] ?)(?<!\b[a-e]\d ?[-/]? ?)\b(?<l>a1|a2|b1|b2|c1|c2)\b(?! ?[-/]? ?[a-e] ?\d)(?! ?(rijbewijs|licen[cs]e|permis|diploma|schaal|scale|bareme|weddeschaal|graad|niveau))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Level();

    [GeneratedRegex(@"\b(nederlands|dutch|neerlandais|vlaams|flemish|nl)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Dutch();

    [GeneratedRegex(@"\b(frans|engels|duits|french|english|german|francais|anglais|allemand|spaans|spanish|espagnol)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherLanguage();

    [GeneratedRegex(@"\b(erk|cefr|cecr|taalniveau|language level|niveau de langue|taalattest|taalcertificaat)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"\b(rijbewijs|licen[cs]e|permis)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Licence();

    [GeneratedRegex(
        @"\b(spreek|spreken|spreekt|ken|kennen|kent|beheers|beheersen|kennis van( het)?|speak|speaks|know|knowledge of|fluent in|parle|parler|parlez|connais|connaissance (de l' |du |de l |d' )?|maitrise)\b (\w+ ){0,4}?"
        + @"(frans|engels|duits|nederlands|french|english|german|dutch|francais|anglais|allemand|neerlandais|flemish|vlaams)\b"
        + @"|\b(frans|engels|duits|nederlands|french|english|german|dutch|francais|anglais|allemand|neerlandais)\b (\w+ ){0,2}?(kennen|spreken|spreek|ken|speak|parle|niveau|level|taalcertificaat|certificaat)\b"
        + @"|\b(tweetalig|bilingual|bilingue|taalcertificaat|taalattest|language certificate)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Skill();
}
