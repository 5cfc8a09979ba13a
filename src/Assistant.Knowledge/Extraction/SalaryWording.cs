using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// What a salary sentence says about its amounts besides the number: the basis ("geïndexeerd" → indexed; "aan index
/// 100%", "aan 100%", "tegen 100%", "niet-geïndexeerd", "spilindex 138,01" → index-100; "aan 100 % tewerkstelling" is a work regime, no basis) and whether they are for full-time
/// work ("voltijds", "bij voltijdse tewerkstelling", "pro rata" → true; "het halftijdse brutoloon" → false).
/// </summary>
public static partial class SalaryWording
{
    /// <summary>"indexed", "index-100" or null.</summary>
    public static string? BasisOf(string sentence) =>
        At100().IsMatch(sentence) ? "index-100" : Indexed().IsMatch(sentence) ? "indexed" : null;

    /// <summary>True for full-time amounts, false for amounts of a part-time regime, null when the sentence does not say.</summary>
    public static bool? FullTimeOf(string sentence) =>
        FullTime().IsMatch(sentence) ? true : PartTime().IsMatch(sentence) ? false : null;

    [GeneratedRegex(@"(?:aan|tegen|op|a)\s+(?:de\s+)?(?:spil)?index\s*(?:van\s+)?100\s?%|(?:aan|tegen|op|a)\s+(?:de\s+)?100\s?%(?!\s*(?:tewerkstelling|prestaties|arbeidsduur|werktijd|van een voltijd|voltijd|regime|betrekking))|index\s*100\b|niet[- ]?ge[iï]ndexeerd|ongeïndexeerd|spilindex\s*138[.,]01|basisbedrag(?:en)?\s+aan\s+100", RegexOptions.IgnoreCase)]
    private static partial Regex At100();

    [GeneratedRegex(@"ge[iï]ndexeerd|huidige index|index(?:ering)?\s+(?:inbegrepen|toegepast)|inclusief index", RegexOptions.IgnoreCase)]
    private static partial Regex Indexed();

    [GeneratedRegex(@"\bvoltijd\w*|\bfull[- ]?time\b|pro rata|naar rato|in verhouding tot (?:de|je|uw) (?:prestaties|tewerkstelling|arbeidsduur)|100\s?%\s*tewerkstelling", RegexOptions.IgnoreCase)]
    private static partial Regex FullTime();

    [GeneratedRegex(@"\b(?:halftijd|deeltijd)\w*|\b\d{1,2}(?:[.,]\d{1,2})?\s*/\s*38\b|\b[1-9]/[2-9](?:de|e)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartTime();
}
