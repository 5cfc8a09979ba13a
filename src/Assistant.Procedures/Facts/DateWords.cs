using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Procedures.Facts;

/// <summary>
/// Dates written in Dutch, English or French ("10 juni 2026", "June 10, 2026", "1er juillet 2026", "10/06/2026",
/// "2026-06-10"); a date without a year takes the year of the reference date.
/// </summary>
public static partial class DateWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["jan"] = 1, ["january"] = 1, ["janvier"] = 1,
        ["februari"] = 2, ["feb"] = 2, ["february"] = 2, ["fevrier"] = 2,
        ["maart"] = 3, ["mrt"] = 3, ["march"] = 3, ["mars"] = 3,
        ["april"] = 4, ["apr"] = 4, ["avril"] = 4,
        ["mei"] = 5, ["may"] = 5, ["mai"] = 5,
        ["juni"] = 6, ["jun"] = 6, ["june"] = 6, ["juin"] = 6,
        ["juli"] = 7, ["jul"] = 7, ["july"] = 7, ["juillet"] = 7,
        ["augustus"] = 8, ["aug"] = 8, ["august"] = 8, ["aout"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["septembre"] = 9,
        ["oktober"] = 10, ["okt"] = 10, ["october"] = 10, ["oct"] = 10, ["octobre"] = 10,
        ["november"] = 11, ["nov"] = 11, ["novembre"] = 11,
        ["december"] = 12, ["dec"] = 12, ["decembre"] = 12,
    };

    /// <summary>The dates in <paramref name="text"/> with their spans, in order.</summary>
    public static IReadOnlyList<(DateOnly Date, int Start, int Length)> Find(string text, int? defaultYear = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Search.TermText.Fold(text);
        var found = new List<(DateOnly, int, int)>();
        foreach (Match m in Written().Matches(folded))
        {
            var month = Months.GetValueOrDefault(m.Groups["m"].Value.TrimEnd('.'));
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : defaultYear;
            if (month > 0 && year is { } y && Valid(y, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                found.Add((date, m.Index, m.Length));
            }
        }

        foreach (Match m in EnglishWritten().Matches(folded))
        {
            var month = Months.GetValueOrDefault(m.Groups["m"].Value);
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : defaultYear;
            if (month > 0 && year is { } y && Valid(y, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) is { } date && !Overlaps(found, m.Index))
            {
                found.Add((date, m.Index, m.Length));
            }
        }

        foreach (Match m in Numeric().Matches(folded))
        {
            if (Valid(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                found.Add((date, m.Index, m.Length));
            }
        }

        foreach (Match m in Iso().Matches(folded))
        {
            if (Valid(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                found.Add((date, m.Index, m.Length));
            }
        }

        return found.OrderBy(f => f.Item2).ToList();
    }

    private static bool Overlaps(List<(DateOnly, int Start, int Length)> found, int index) => found.Any(f => index >= f.Start && index < f.Start + f.Length);

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:er|e|ste|de)?\s+(?<m>[a-z]{3,9}\.?)(?:\s+(?<y>(?:19|20)\d\d))?\b")]
    private static partial Regex Written();

    [GeneratedRegex(@"\b(?<m>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>(?:19|20)\d\d))?\b")]
    private static partial Regex EnglishWritten();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>(?:19|20)\d\d)\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex Iso();
}
