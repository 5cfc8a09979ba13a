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

    [GeneratedRegex(
        @"\b(spreek|spreken|spreekt|ken|kennen|kent|beheers|beheersen|kennis van( het)?|speak|speaks|know|knowledge of|fluent in|parle|parler|parlez|connais|connaissance (de l' |du |de l |d' )?|maitrise)\b (\w+ ){0,4}?"
        + @"(frans|engels|duits|nederlands|french|english|german|dutch|francais|anglais|allemand|neerlandais|flemish|vlaams)\b"
        + @"|\b(frans|engels|duits|nederlands|french|english|german|dutch|francais|anglais|allemand|neerlandais)\b (\w+ ){0,2}?(kennen|spreken|spreek|ken|speak|parle|niveau|level|taalcertificaat|certificaat)\b"
        + @"|\b(tweetalig|bilingual|bilingue|taalcertificaat|taalattest|language certificate)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Skill();
}
