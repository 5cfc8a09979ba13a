using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Understanding.Entities;

/// <summary>
/// A calendar date the user writes in a question, in nl, en or fr ("15 maart 2027", "March 15, 2027", "15 mars 2027",
/// "15/03/2027", "2027-03-15"). Without a year, the year of <c>today</c> is taken (the answer repeats the full date).
/// </summary>
internal static partial class QuestionDates
{
    internal static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["january"] = 1, ["janvier"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["february"] = 2, ["fevrier"] = 2, ["feb"] = 2, ["fev"] = 2,
        ["maart"] = 3, ["march"] = 3, ["mars"] = 3, ["mrt"] = 3, ["mar"] = 3,
        ["april"] = 4, ["avril"] = 4, ["apr"] = 4, ["avr"] = 4,
        ["mei"] = 5, ["may"] = 5, ["mai"] = 5,
        ["juni"] = 6, ["june"] = 6, ["juin"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["juillet"] = 7, ["jul"] = 7,
        ["augustus"] = 8, ["august"] = 8, ["aout"] = 8, ["aug"] = 8,
        ["september"] = 9, ["septembre"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["octobre"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["novembre"] = 11, ["nov"] = 11,
        ["december"] = 12, ["decembre"] = 12, ["dec"] = 12,
    };

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string text, DateOnly today)
    {
        var folded = Text.TextFolding.Fold(text);
        foreach (var pattern in new[] { DayMonth(), MonthDay() })
        {
            foreach (Match m in pattern.Matches(folded))
            {
                if (Months.TryGetValue(m.Groups["m"].Value.TrimEnd('.'), out var month) && Make(int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), month, YearOf(m, today)) is { } date)
                {
                    return date;
                }
            }
        }

        if (Numeric().Match(folded) is { Success: true } n)
        {
            return n.Groups["iy"].Success
                ? Make(int.Parse(n.Groups["id"].Value, CultureInfo.InvariantCulture), int.Parse(n.Groups["im"].Value, CultureInfo.InvariantCulture), int.Parse(n.Groups["iy"].Value, CultureInfo.InvariantCulture))
                : Make(int.Parse(n.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(n.Groups["m"].Value, CultureInfo.InvariantCulture), Year(n.Groups["y"].Value));
        }

        return null;
    }

    private static int YearOf(Match m, DateOnly today) => m.Groups["y"].Success ? Year(m.Groups["y"].Value) : today.Year;

    private static int Year(string y) => int.Parse(y, CultureInfo.InvariantCulture) is var n && n < 100 ? 2000 + n : n;

    private static DateOnly? Make(int day, int month, int year) =>
        month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th|er|e)?\s+(?<m>[a-z]{3,9}\.?)(?:\s+(?<y>\d{4}))?\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<m>[a-z]{3,9}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(?<y>\d{4}))?\b")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4}|\d{2}))\b")]
    private static partial Regex Numeric();
}
