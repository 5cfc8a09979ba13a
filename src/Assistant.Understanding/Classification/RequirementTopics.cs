using System.Text.RegularExpressions;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Classification;

/// <summary>
/// A question whether a general requirement applies: "Heb ik daarvoor een rijbewijs nodig?", "Moet ik Frans kennen?",
/// "Do I need Belgian nationality?", "Faut-il parler anglais ?". The topic is "licence", "language" or "nationality";
/// such a question states no fact about the candidate and is answered from the vacancy's requirement lines.
/// </summary>
internal static partial class RequirementTopics
{
    /// <summary>The topic of a requirement question, or null when <paramref name="t"/> is not one.</summary>
    public static string? Find(RuleText t)
    {
        var s = t.Text;
        if (AgeLimit().IsMatch(s))
        {
            // "Is there an age limit?", "Y a-t-il un âge maximum ?": the limit's own noun asks whether the requirement exists.
            return "age";
        }

        if (!Asks().IsMatch(s))
        {
            return null;
        }

        return Licence().IsMatch(s) ? "licence" : Language().IsMatch(s) ? "language" : Nationality().IsMatch(s) ? "nationality" : null;
    }

    [GeneratedRegex(
        @"\b(nodig|vereist|verplicht|vereiste|voorwaarde|need|needed|required|requirement|mandatory|necessary|necessaire|requis|requise|exige|exigee|obligatoire|faut il|il faut)\b"
        + @"|\b(moet|moeten|must|have to|has to|dois|doit|faut)\b (\w+ ){0,5}?(kennen|spreken|hebben|zijn|beheersen|know|speak|have|be|connaitre|parler|avoir|etre|maitriser)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Asks();

    [GeneratedRegex(
        @"\b(age limits?|age (requirement|restriction)s?|(maximum|minimum|max|min) age|upper age|leeftijdsgrens|leeftijdslimiet|leeftijdsbeperking|maximumleeftijd|minimumleeftijd|maximale leeftijd|minimale leeftijd"
        + @"|limite d' ?age|age (maximum|minimum|maximal|minimal|limite)|condition d' ?age)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgeLimit();

    [GeneratedRegex(@"\b(rijbewijs|driving licen[cs]e|driver ' ?s licen[cs]e|drivers licen[cs]e|permis)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Licence();

    [GeneratedRegex(@"\b(frans|engels|duits|nederlands|french|english|german|dutch|francais|anglais|allemand|neerlandais|taal|talen|taalkennis|language|languages|langue|langues|tweetalig|bilingual|bilingue|taalcertificaat)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Language();

    [GeneratedRegex(@"\b(nationaliteit|nationality|nationalite|belg|belgian|belge|eu-burger|citizen|citizenship|citoyen|citoyennete|onderdaan)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Nationality();
}
