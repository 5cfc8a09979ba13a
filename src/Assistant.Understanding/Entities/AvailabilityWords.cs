using System.Text.RegularExpressions;
using Assistant.Knowledge.Extraction;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// The working times a candidate says they cannot work ("ik kan geen nachten werken", "geen weekendwerk voor mij", "I can't
/// work nights", "je ne peux pas travailler le week-end", "enkel dagdiensten") or can ("nachtwerk is geen probleem", "ik wil
/// best in ploegen werken", "happy to work weekends", "je peux travailler la nuit"). A question about the hours ("moet ik
/// 's nachts werken?") says neither.
/// </summary>
internal static partial class AvailabilityWords
{
    /// <summary>The kinds of time the candidate says they cannot work: night, weekend, evening, shift, irregular.</summary>
    public static IReadOnlyList<string> Unavailable(RuleText t)
    {
        var kinds = new List<string>();
        foreach (Match m in Cannot().Matches(t.Text))
        {
            kinds.AddRange(Kinds(m.Value));
        }

        // "nachten werk ik niet", "weekendwerk kan ik echt niet", "nights are not an option for me": the time first, the refusal after.
        foreach (Match m in CannotAfter().Matches(t.Text))
        {
            kinds.AddRange(Kinds(m.Value));
        }

        if (DaytimeOnly().IsMatch(t.Text))
        {
            kinds.AddRange(["night", "evening", "shift"]);
        }

        return [.. kinds.Distinct()];
    }

    /// <summary>The kinds of time the candidate says they can work.</summary>
    public static IReadOnlyList<string> Available(RuleText t)
    {
        var unavailable = Unavailable(t);
        return [.. Can().Matches(t.Text).SelectMany(m => Kinds(m.Value)).Distinct().Where(k => !unavailable.Contains(k))];
    }

    /// <summary>The kinds a phrase names, by the same word lists the documents are read with.</summary>
    private static IReadOnlyList<string> Kinds(string text) => AvailabilityRules.Kinds(text);

    // The words between a refusal and the time it refuses, within one clause: "geen ervaring en kan nachten doen" says "kan"
    // of the nights, so a conjunction that opens a new clause with a verb of its own ends the refusal's reach.
    private const string Gap = @"(?:(?!\b(?:en|maar|and|but|et|mais)\s+(?:ik\s+|i\s+|je\s+)?(?:kan|kun|wil|ben|doe|werk|can|will|am|do|peux|veux|suis|travaille)\b)[^.?!,;]){0,25}?";

    private const string Times = Time + @"(?:\s*(?:,|and|en|et|of|or|ou|&)\s+(?:in\s+(?:het\s+)?|the\s+|le\s+|la\s+|les\s+)?" + Time + ")*";

    private const string Time = @"(?:nacht\w*|\w+nacht(?:en)?|s\s+nachts|nights?|nuits?|weekend\w*|week\s*-?\s*ends?|zaterdag\w*|zondag\w*|saturdays?|sundays?|samedis?|dimanches?|avond\w*|s\s+avonds|evenings?|soir(?:ee)?s?|ploeg\w*|shifts?|volcontinu|equipes|pauses|onregelmatige\s+(?:uren|diensten)|irregular\s+hours|horaires\s+irreguliers)";

    [GeneratedRegex(@"\b(?:(?:ik\s+)?(?:kan|kun|wil|mag)\s+(?:ik\s+)?(?:geen|niet|nooit)(?!\s+(?:probleem|bezwaar))|ik\s+(?:werk|ga|doe)\s+(?:geen|niet|nooit)(?!\s+(?:graag|liefst|zo\s+graag|probleem|bezwaar))|geen(?!\s+(?:probleem|bezwaar))|(?:i\s+)?(?:can't|cant|cannot|can\s+not|won't|wont|don't\s+want\s+to|do\s+not\s+want\s+to|am\s+not\s+able\s+to|unable\s+to)|no(?!\s+(?:problem|issue))|(?:je\s+)?ne\s+(?:peux|veux|pourrai)\s+pas|pas\s+(?:de|la|le)(?!\s+probleme))\b" + Gap + @"\b" + Times + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex Cannot();

    [GeneratedRegex(@"\b" + Times + @"\b[^.?!,;]{0,20}?\b(?:(?:werk|doe|kan|kun|wil|mag|zie)\s+(?:ik\s+)?(?:echt\s+|absoluut\s+|zeker\s+|helemaal\s+|liever\s+)?(?:niet|nooit)\b(?!\s+(?:erg|probleem|bezwaar))|(?:is|zijn)\s+(?:voor\s+mij\s+|voor\s+ons\s+)?(?:geen\s+optie|uitgesloten|onmogelijk|niet\s+mogelijk|niets\s+voor\s+mij)\b|(?:is|are)\s+(?:not\s+(?:possible|an\s+option)|out\s+of\s+the\s+question|impossible)\b|(?:i\s+)?(?:can't|cant|cannot|can\s+not|won't|wont)\s+(?:do|work)\b|c\W*est\s+(?:exclu|impossible)\b|(?:je\s+)?ne\s+(?:peux|veux)\s+pas\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CannotAfter();

    [GeneratedRegex(@"\b(?:enkel|alleen|uitsluitend|only|uniquement|seulement)\s+(?:(?:in\s+)?(?:dag\w*|overdag)|(?:during\s+the\s+)?day(?:time|s|\s+shifts)?|(?:de\s+|en\s+)?jour(?:nee)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DaytimeOnly();

    [GeneratedRegex(@"\b(?:(?:ik|i|je|en|and|et)\s+(?:kan|wil|can|am\s+(?:happy|willing|ready)\s+to|peux|veux\s+bien|suis\s+(?:pret|prete|dispose|disposee)\s+a)\s+(?:best\s+|zeker\s+|gerust\s+|ook\s+|perfectly\s+|also\s+|aussi\s+)?(?:werken\s+|work\s+|travailler\s+)?[^.?!,;]{0,20}?\b" + Times + @"\b(?![^.?!]{0,15}\?)|\b" + Times + @"\s+(?:\w+\s+)?(?:is|zijn|are|is\s+geen|zijn\s+geen|is\s+no)\s+(?:geen\s+)?(?:probleem|problem|issue)\b|\b" + Times + @"\s+(?:\w+\s+)?(?:ne\s+)?(?:me\s+)?(?:pose\s+)?pas\s+(?:de\s+)?probleme\b|\b(?:geen\s+(?:probleem|bezwaar)|no\s+problem|don't\s+mind|do\s+not\s+mind|pas\s+de\s+probleme)\s+(?:met\s+|with\s+|avec\s+|pour\s+)?(?:\w+\s+){0,2}?" + Times + @"\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Can();
}
