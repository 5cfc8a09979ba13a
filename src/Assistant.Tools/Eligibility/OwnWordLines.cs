using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Requirement sentences no extraction rule read that the candidate's own words settle: a line that says its subject is not
/// required, or only earns a premium (shown as "not a requirement"); a licence line whose required categories ("C of CE")
/// the candidate's named categories cover, leaving aside those it calls insufficient ("B of C1 alleen volstaat niet"); and
/// a licence that may still be obtained after starting ("of je bent bereid het te behalen binnen 1 jaar", "Heb je nog geen
/// code 95? Dan …", "Wie het na dat jaar niet heeft, wordt niet benoemd"): met when the candidate holds it, a condition when
/// they said they hold only other categories.
/// </summary>
public static partial class OwnWordLines
{
    /// <summary>Whether <paramref name="line"/> asks nothing more of a candidate who said what <paramref name="profile"/> holds.</summary>
    public static bool Settled(UnparsedRequirement line, CandidateProfile profile)
    {
        var folded = TextFold.Fold(line.Citation.Quote);
        return AsksNothing(line) || (LicenceOnly(line, folded) && !Later(line.Citation.Quote, folded)
            && !OtherCondition().IsMatch(Required(line.Citation.Quote)) && Holds(line.Citation.Quote, profile) == true);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is no requirement at all: it says its subject is not required ("Kennis van het Frans:
    /// niet vereist"), or only earns a premium or says the employer pays ("… ontvangt een tweetaligheidspremie").
    /// </summary>
    public static bool AsksNothing(UnparsedRequirement line)
    {
        var folded = TextFold.Fold(line.Citation.Quote);
        return line.Touches.Count > 0 && NotRequired().IsMatch(folded) && !ObtainLater.In(line.Citation.Quote) && !Must().IsMatch(folded);
    }

    /// <summary>
    /// The check of a licence line that lets the licence be obtained after starting, or null when it is no such line or the
    /// candidate said nothing of their licence: met when they hold it, a condition when they named only other categories.
    /// </summary>
    public static RequirementCheck? LicenceLater(UnparsedRequirement line, CandidateProfile profile)
    {
        var folded = TextFold.Fold(line.Citation.Quote);
        if (!LicenceOnly(line, folded) || !Later(line.Citation.Quote, folded) || Holds(line.Citation.Quote, profile) is not { } holds)
        {
            return null;
        }

        var required = Categories(line.Citation.Quote).FirstOrDefault() ?? (Code95().IsMatch(folded) ? "code 95" : null);
        return new RequirementCheck("licence", holds ? "met" : "condition", line.Citation)
        {
            Required = required, Given = profile.LicenceCategories.Count > 0 ? string.Join("+", profile.LicenceCategories) : null,
            Caveat = holds ? null : "licence-later",
        };
    }

    /// <summary>The licence categories a line requires ("rijbewijs C of CE" gives C and CE), outside brackets and clauses that call them insufficient.</summary>
    public static IReadOnlyList<string> CategoriesOf(string quote) =>
        [.. CommaClauses().Split(Brackets().Replace(quote, " ")).Where(c => !Insufficient().IsMatch(TextFold.Fold(c)))
            .SelectMany(c => CategoryList().Matches(c).SelectMany(m => m.Groups["cat"].Captures.Select(x => x.Value.ToUpperInvariant()))).Distinct()];

    /// <summary>Whether a folded line states what follows when a licence or certificate is not obtained in time ("wie het na dat jaar niet heeft, wordt niet benoemd").</summary>
    public static bool StatesConsequence(string folded) => Consequence().IsMatch(folded);

    /// <summary>True when the candidate holds what the line names, false when their named categories (or codes) miss it, null when unknown.</summary>
    private static bool? Holds(string quote, CandidateProfile p)
    {
        var categories = Categories(quote);
        var code = Code95().IsMatch(TextFold.Fold(quote));
        if (categories.Count == 0 && !code)
        {
            return null;
        }

        bool? hasCategory = categories.Count == 0 ? true
            : p.LicenceCategories.Count > 0 ? p.LicenceCategories.Any(h => categories.Any(c => GeneralChecks.Includes(h.ToUpperInvariant(), c)))
            : p.DrivingLicence == false ? false : null;
        bool? hasCode = !code ? true : p.LicenceCodes.Contains("95") ? true : p.LacksLicenceCodes == true || p.DrivingLicence == false ? false : null;
        return hasCategory == false || hasCode == false ? false : hasCategory == true && hasCode == true ? true : null;
    }

    /// <summary>The categories a line requires: those named after a licence word, outside brackets and clauses that call them insufficient.</summary>
    private static List<string> Categories(string quote) =>
        [.. CategoryList().Matches(Required(quote)).SelectMany(m => m.Groups["cat"].Captures.Select(c => c.Value.ToUpperInvariant())).Distinct()];

    /// <summary>The line without its brackets and without clauses that call something insufficient ("… alleen volstaat niet").</summary>
    private static string Required(string quote)
    {
        var plain = Brackets().Replace(quote, " ");
        return string.Join(" . ", Clauses().Split(plain).Where(c => !Insufficient().IsMatch(TextFold.Fold(c))));
    }

    private static bool LicenceOnly(UnparsedRequirement line, string folded) =>
        line.Touches.Contains("licence") && line.Touches.All(t => t == "licence" || (t == "language" && !LanguageWord().IsMatch(folded)));

    private static bool Later(string quote, string folded) =>
        ObtainLater.In(quote) || Consequence().IsMatch(folded) || (quote.TrimEnd().EndsWith('?') && NotYet().IsMatch(folded));

    [GeneratedRegex(@"\b(niet vereist|geen vereiste|geen voorwaarde|niet verplicht|not required|not a requirement|no requirement|not mandatory|pas requis|pas exige|pas une condition|pas obligatoire)\b|\b(ontvang\w*|krijg\w*|receives?|get|recoi\w*)\b[^.;]{0,60}(premie|toelage|bonus|allowance|prime)\b|\b(betaalt|betaald door|vergoedt|terugbetaald|pays|paid by|reimburses|paye|payee par|rembourse)\b")]
    private static partial Regex NotRequired();

    [GeneratedRegex(@"\b(moet|moeten|must|doit|doivent|vereist is|is vereist|verplicht is)\b")]
    private static partial Regex Must();

    [GeneratedRegex(@"(?i:rijbewijs|rijbewijzen|permis|licen[cs]es?)\s+(?:(?i:van\s+)?(?i:de\s+)?(?i:categorie|category|type)\s+)?(?<cat>AM|A1|A2|BE|B|C1E|C1|CE|C|D1E|D1|DE|D)\b(?:\s*(?:,|/|(?i:of|en|or|and|ou|et))\s*(?<cat>AM|A1|A2|BE|B|C1E|C1|CE|C|D1E|D1|DE|D)\b)*")]
    private static partial Regex CategoryList();

    [GeneratedRegex(@"\bcode\s*95\b")]
    private static partial Regex Code95();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[.;]")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"[,.;]")]
    private static partial Regex CommaClauses();

    [GeneratedRegex(@"\b(alleen|enkel|volstaat niet|volstaan niet|niet voldoende|onvoldoende|not enough|not sufficient|does not suffice|insufficient|ne suffit pas|insuffisant|pas suffisant)\b")]
    private static partial Regex Insufficient();

    // A line that asks more than the category: a period held, a number of years or points, a ban, an age.
    [GeneratedRegex(@"\b(sinds|since|depuis|minstens|at least|au moins|jaar|jaren|years?|ans|punten|points|rijverbod|verval\w*|leeftijd|age)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCondition();

    [GeneratedRegex(@"\b(nederlands|frans|engels|duits|taal|talen|language|langue|dutch|french|english|neerlandais|francais|anglais)\b")]
    private static partial Regex LanguageWord();

    [GeneratedRegex(@"\b(niet benoemd|niet in dienst blijven|om in dienst te blijven|niet aangesteld|wordt ontslagen|not be appointed|cannot stay|to stay in service|ne sera pas nomme|pour rester en service|binnen dat jaar|na dat jaar|within that year|after that year|contract wordt beeindigd|wordt (je|uw) contract beeindigd|contract (eindigt|stopt)|contract (ends|will end|is terminated)|fin (de|a) (votre|ton) contrat|contrat prend fin)\b")]
    private static partial Regex Consequence();

    [GeneratedRegex(@"\b(nog geen|nog niet|not yet|no .{0,20} yet|pas encore|pas de)\b|\(nog\) geen")]
    private static partial Regex NotYet();
}
