using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// A period the candidate dates by its start ("ik werk sinds 2023 als jurist", "since March 2019", "depuis 2020"), written
/// as the duration it has surely lasted at <c>today</c> ("sinds 3 jaar", "for 33 months", "depuis 6 ans"), so that the
/// readers of years of experience and of seniority read it like any stated duration. The duration is the lower bound: it
/// counts from the end of the month or year named (a start "in 2023" is at the latest 31 December 2023), so a period read
/// this way never counts for more than it can have lasted. A start in the future or less than a month ago is left as written.
/// </summary>
internal static partial class SinceDates
{
    [GeneratedRegex(@"\b(?<p>sinds|since|depuis)\s+(?:(?:de |het |le |the )?(?<d>\d{1,2})(?:e|er|ste|de|st|nd|rd|th)?\s+)?(?:(?<m>[a-zA-Zéû]{3,9})\.?\s+)?(?<y>(?:19|20)\d\d)\b(?!\s*(?:[-–/]|(?:tot|to|until|till|à|jusqu)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Since();

    /// <summary><paramref name="text"/> with every dated start rewritten as the duration it has surely lasted at <paramref name="today"/>.</summary>
    public static string Rewrite(string text, DateOnly today) =>
        Since().Replace(text, m => Duration(m, today) ?? m.Value);

    private static string? Duration(Match m, DateOnly today)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = 12;
        if (m.Groups["m"].Success)
        {
            if (!QuestionDates.Months.TryGetValue(TextFolding.Fold(m.Groups["m"].Value), out month))
            {
                return null; // "sinds juni" unknown word before the year ("since early 2020"): not a date this reads
            }
        }
        else if (m.Groups["d"].Success)
        {
            return null; // a day without a month is no date
        }

        var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        if (m.Groups["d"].Success && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) is var day and >= 1 && day <= end.Day)
        {
            end = new DateOnly(year, month, day);
        }

        var months = ((today.Year - end.Year) * 12) + today.Month - end.Month - (today.Day < end.Day ? 1 : 0);
        if (year < 1950 || months < 1)
        {
            return null;
        }

        var preposition = m.Groups["p"].Value.ToLowerInvariant();
        var years = months % 12 == 0 ? months / 12 : (int?)null;
        return preposition switch
        {
            "since" => years is { } y ? $"for {y} {(y == 1 ? "year" : "years")}" : $"for {months} months",
            "depuis" => years is { } y ? $"depuis {y} {(y == 1 ? "an" : "ans")}" : $"depuis {months} mois",
            _ => years is { } y ? $"sinds {y} jaar" : $"sinds {months} maanden",
        };
    }
}
