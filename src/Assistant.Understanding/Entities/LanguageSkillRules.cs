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
    /// <summary>True when the candidate states a Dutch level and says they hold a certificate for it ("j'ai une attestation de néerlandais niveau C1", "ik heb een taalattest B2"); null otherwise.</summary>
    public static bool? DutchAttest(RuleText t) => DutchLevel(t) is not null && Attest().IsMatch(t.Text) ? true : null;

    [GeneratedRegex(@"\b(ik heb|heb ik|i have|i ve got|i hold|j ?' ?ai|avec|met)\b[^.?!;]{0,30}\b(een |a |an |un |une )?(taalattest|taalcertificaat|attest|certificaat|attestation|certificat|certificate)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Attest();

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

    /// <summary>
    /// The language the candidate says their diploma was issued or taught in: "master rechten, behaald in het Nederlands",
    /// "a Belgian degree obtained in Dutch", "un master de l'ULB (en français)", "een Franstalig diploma", "a French-language
    /// degree" → "nl", "fr", "en" or "de"; null when not said. A language that is the diploma's field ("bachelor in English
    /// literature", "master Nederlandse taal") is no language of issue.
    /// </summary>
    public static string? DiplomaLanguage(RuleText t)
    {
        var m = DiplomaIn().Match(t.Text);
        if (!m.Success)
        {
            m = LanguageDiploma().Match(t.Text);
        }

        // "Moet mijn diploma in het Nederlands behaald zijn?" asks about the rule, it states nothing about the candidate.
        if (!m.Success || AskedRule().IsMatch(t.Text[Math.Max(0, m.Index - 25)..(m.Index + m.Length)]))
        {
            return null;
        }

        var word = m.Groups["lang"].Value;
        return word switch
        {
            _ when word.StartsWith("nederland", StringComparison.Ordinal) || word.StartsWith("dutch", StringComparison.Ordinal) || word.StartsWith("neerland", StringComparison.Ordinal) => "nl",
            _ when word.StartsWith("fran", StringComparison.Ordinal) || word.StartsWith("frans", StringComparison.Ordinal) => "fr",
            _ when word.StartsWith("engels", StringComparison.Ordinal) || word.StartsWith("english", StringComparison.Ordinal) || word.StartsWith("anglais", StringComparison.Ordinal) || word.StartsWith("anglophone", StringComparison.Ordinal) => "en",
            _ => "de",
        };
    }

    [GeneratedRegex(@"\b(moet|moeten|must|need|needs|should|faut|doit|dois|vereist|required|nodig|aanvaard|accepted|accepte)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskedRule();

    /// <summary>A diploma word, then within a few words "in het Nederlands", "in Dutch", "en français" (not followed by a field word).</summary>
    [GeneratedRegex(@"\b(diploma|diplomas|diplome|degree|master|bachelor|bachelier|graduaat|graduat|studies|etudes|gestudeerd|studeerde|studied|behaald|obtained|obtenu|obtenue|afgestudeerd|graduated)\b[^.?!]{0,60}?\b(in het|in|en)\s+(?<lang>nederlands|dutch|neerlandais|frans|french|francais|engels|english|anglais|duits|german|allemand)\b(?! (literature|letterkunde|taal|language|linguistics|lettres|litterature|philology|filologie|taalkunde|studies|en |and |et ))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DiplomaIn();

    /// <summary>"een Nederlandstalig diploma", "Franstalige universiteit", "a French-language degree", "un diplôme francophone".</summary>
    [GeneratedRegex(@"\b(?<lang>nederlandstalig|franstalig|engelstalig|duitstalig)\w*\s+(\w+\s+)?(diploma|opleiding|universiteit|hogeschool|bachelor|master|studies)|\b(?<lang>dutch|french|english|german) ?-? ?(language|speaking|medium) (degree|diploma|university|studies|programme|program)|\b(diplome|universite|etudes)\s+(\w+\s+)?(?<lang>francophone|neerlandophone|anglophone|germanophone)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LanguageDiploma();

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
        + @"|\b(tweetalig|bilingual|bilingue|taalcertificaat|taalattest|language certificate|certificat linguistique|attestation linguistique)\b"
        + @"|\b(attestation|certificat|certificate|attest|certificaat)\b (\w+ ){0,2}?(neerlandais|nederlands|dutch|francais|frans|french|langue|language|taal)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Skill();
}
