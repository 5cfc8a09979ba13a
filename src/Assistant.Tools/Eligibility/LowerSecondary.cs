using System.Text.RegularExpressions;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The words of a stage below a full secondary diploma, in folded text: "tweede graad", "2de graad", "lager secundair",
/// "lower secondary", "secondaire inférieur", "the first two years of secondary school", "vier jaar middelbaar", a year of
/// the first four ("het 4de jaar tso", "3e middelbaar", "the 4th year of secondary", "la 4e secondaire"). One
/// definition for the candidate's words (understanding) and a route's own words (eligibility).
/// </summary>
public static partial class LowerSecondary
{
    /// <summary>The first such words in <paramref name="folded"/>, or an unsuccessful match.</summary>
    public static Match Find(string folded) => Stage().Match(folded);

    /// <summary>Whether <paramref name="folded"/> names such a stage.</summary>
    public static bool In(string folded) => Stage().IsMatch(folded);

    /// <summary>
    /// The grade of secondary school the first such words name: 1 for the first grade, 2 for the second grade or lower secondary
    /// as a whole; null when none is named.
    /// </summary>
    public static int? Grade(string folded)
    {
        var m = Stage().Match(folded);
        return !m.Success ? null : FirstGrade().IsMatch(m.Value) ? 1 : 2;
    }

    [GeneratedRegex(@"^(?:eerste|1ste|1e)\b|^(?:[12]\s?(?:ste|de|e|st|nd|ere|eme)?|tweede|first|second|premiere|deuxieme)\s+(?:(?:leer)?jaar|year|annee|middelbaar|secundair|secondaire)\b|\b(?:two|twee|deux|2)\s+(?:premieres\s+)?(?:years|jaar|ans|annees)\b")]
    private static partial Regex FirstGrade();

    [GeneratedRegex(@"\b(?:lower\s+secondary|lager\s+(?:secundair|middelbaar)\w*|secondaire\s+inferieur|(?:eerste|tweede|1ste|2de|1e|2e)\s+graad(?:\s+secundair)?|junior\s+high|(?:the\s+)?first\s+(?:two|2|four|4)\s+years\s+of\s+(?:secondary|high)(?:\s+school)?|(?:eerste\s+)?(?:twee|2|vier|4)\s+jaar\s+(?:van\s+het\s+)?(?:secundair|middelbaar)|(?:deux|2|quatre|4)\s+(?:premieres\s+)?(?:ans|annees)\s+(?:de|du)\s+secondaire|(?:[1-4]\s?(?:ste|de|e|st|nd|rd|th|eme|ere)?|eerste|tweede|derde|vierde)\s+(?:leer)?jaar\s+(?:van\s+het\s+)?(?:secundair|middelbaar|aso|tso|bso|kso)|(?:[1-4]\s?(?:ste|de|e)?|eerste|tweede|derde|vierde)\s+(?:middelbaar|secundair)|(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+year\s+of\s+(?:secondary|high)|(?:[1-4]\s?(?:e|eme|ere)?|premiere|deuxieme|troisieme|quatrieme)\s+(?:annee\s+)?(?:de\s+|du\s+)?secondaire)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Stage();
}
