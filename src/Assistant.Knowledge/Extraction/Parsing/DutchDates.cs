using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction.Parsing;

/// <summary>
/// Fast patterns for the common Dutch date and time forms: "dinsdag 10 december", "14 december 2025",
/// "8 of 9 januari 2026", "dinsdag 21 en of woensdag 22 mei 2024", "15.01.2026", "31/01/2026", "2026-01-31",
/// "tot 12/02" (no year, only after a date word);
/// times "23u59", "23 u 59", "23:59", "17h", "12u", "9u30", "12 uur", "9.00 uur", "12 uur 's middags",
/// "middernacht" (the end of the day: 23:59). Anything these miss on a line that
/// names a month goes to <see cref="RecognizerDates"/>.
/// </summary>
public static partial class DutchDates
{
    private static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["maandag"] = DayOfWeek.Monday, ["dinsdag"] = DayOfWeek.Tuesday, ["woensdag"] = DayOfWeek.Wednesday,
        ["donderdag"] = DayOfWeek.Thursday, ["vrijdag"] = DayOfWeek.Friday, ["zaterdag"] = DayOfWeek.Saturday, ["zondag"] = DayOfWeek.Sunday,
        ["ma"] = DayOfWeek.Monday, ["di"] = DayOfWeek.Tuesday, ["wo"] = DayOfWeek.Wednesday, ["do"] = DayOfWeek.Thursday,
        ["vr"] = DayOfWeek.Friday, ["za"] = DayOfWeek.Saturday, ["zo"] = DayOfWeek.Sunday,
    };

    /// <summary>"middernacht" and "24 uur" after a date mean the end of that day.</summary>
    public static readonly TimeOnly EndOfDay = new(23, 59);

    /// <summary>All dates in a text, in order, each with the time that directly follows it (if any).</summary>
    public static IReadOnlyList<DateMention> Find(string text)
    {
        var result = new List<DateMention>();
        foreach (Match m in WrittenDate().Matches(text))
        {
            var month = MonthOf(m.Groups["month"].Value);
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            var days = m.Groups["day"].Captures;
            var weekdays = m.Groups["wd"].Captures;
            for (var i = 0; i < days.Count; i++)
            {
                var day = int.Parse(days[i].Value, CultureInfo.InvariantCulture);
                DayOfWeek? weekday = WeekdayBefore(weekdays, days[i].Index, i == 0 ? m.Index : days[i - 1].Index + days[i - 1].Length);
                var last = i == days.Count - 1;
                var start = i == 0 ? m.Index : days[i].Index;
                var end = last ? m.Index + m.Length : days[i].Index + days[i].Length;
                if (IsValid(day, month, year))
                {
                    result.Add(new DateMention(day, month, year, weekday, start, end, last ? TimeAfter(text, m.Index + m.Length) : null));
                }
            }
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            if (result.Any(r => r.Start <= m.Index && m.Index < r.End))
            {
                continue;
            }

            var (d, mo, y) = m.Groups["iso"].Success
                ? (int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["iy"].Value, CultureInfo.InvariantCulture))
                : (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), ExpandYear(m.Groups["y"].Value));
            DayOfWeek? weekday = m.Groups["wd"].Success ? Weekdays[m.Groups["wd"].Value] : null;
            if (IsValid(d, mo, y))
            {
                result.Add(new DateMention(d, mo, y, weekday, m.Index, m.Index + m.Length, TimeAfter(text, m.Index + m.Length)));
            }
        }

        foreach (Match m in ShortNumericDate().Matches(text))
        {
            var start = m.Groups["date"].Index;
            if (result.Any(r => r.Start <= start && start < r.End))
            {
                continue;
            }

            var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            DayOfWeek? weekday = m.Groups["wd"].Success ? Weekdays[m.Groups["wd"].Value] : null;
            var end = m.Index + m.Length;
            if (IsValid(d, mo, null))
            {
                result.Add(new DateMention(d, mo, null, weekday, m.Groups["wd"].Success ? m.Groups["wd"].Index : start, end, TimeAfter(text, end)));
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>The first time of day in a text ("om 12 uur", "23u59").</summary>
    public static TimeOnly? FindTime(string text)
    {
        var m = TimePattern().Match(text);
        return m.Success ? ToTime(m) : null;
    }

    /// <summary>Whether the text names a Dutch month (for choosing lines to give the recognizer).</summary>
    public static bool MentionsMonth(string text) => MonthWord().IsMatch(text);

    private static TimeOnly? TimeAfter(string text, int index)
    {
        var window = text.Substring(index, Math.Min(24, text.Length - index));
        var m = TimePattern().Match(window);
        return m.Success && LeadIn().IsMatch(window[..m.Index]) ? ToTime(m) : null;
    }

    private static TimeOnly? ToTime(Match m)
    {
        if (m.Groups["midnight"].Success)
        {
            return EndOfDay;
        }

        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var min = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["pm"].Success && h < 12)
        {
            h += 12;
        }

        if (h == 24 && min == 0)
        {
            return EndOfDay;
        }

        return h is >= 0 and < 24 && min is >= 0 and < 60 ? new TimeOnly(h, min) : null;
    }

    private static DayOfWeek? WeekdayBefore(CaptureCollection weekdays, int dayIndex, int from)
    {
        foreach (Capture c in weekdays)
        {
            if (c.Index >= from && c.Index < dayIndex)
            {
                return Weekdays[c.Value];
            }
        }

        return null;
    }

    private static int MonthOf(string name)
    {
        var n = name.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(n, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return n == "sept" ? 9 : 0;
    }

    private static int ExpandYear(string y) =>
        y.Length == 2 ? 2000 + int.Parse(y, CultureInfo.InvariantCulture) : int.Parse(y, CultureInfo.InvariantCulture);

    private static bool IsValid(int day, int month, int? year) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2024, month) && year is null or (>= 1990 and <= 2100);

    private const string Wd = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo";
    private const string Months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";

    [GeneratedRegex(@"(?:\b(?<wd>" + Wd + @")\.?,?\s+)?\b(?<day>\d{1,2})(?:ste|de|e)?(?:\s*(?:,|en\s+of|en/of|en|of|tot(?:\s+en\s+met)?|t\.e\.m\.|-|–|&)\s*(?:(?<wd>" + Wd + @")\.?\s+)?(?<day>\d{1,2})(?:ste|de|e)?)*\s+(?<month>" + Months + @")\.?(?:\s+(?<year>(?:19|20)\d{2}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?:\b(?<wd>" + Wd + @")\.?\s+)?(?<![\d.,/])(?:(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>(?:19|20)\d{2}|\d{2})(?![\d/]|[.,]\d)|(?<iso>(?<iy>(?:19|20)\d{2})-(?<im>\d{2})-(?<id>\d{2}))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NumericDate();

    /// <summary>
    /// "tot 12/02", "vrijdag 12/02", "uiterlijk op 31.01", "ten laatste 28-02", "Deadline: 15/1": a day and month without a year, only after a
    /// deadline word, a deadline label or a weekday (else "4/5" is a fraction); with a dot or dash the month has two digits (else "9.30" is a time).
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:tot(?:\s+en\s+met)?|t\.e\.m\.|tem|vóór|uiterlijk|ten laatste)\s+(?:op\s+)?(?:(?<wd>" + Wd + @")\.?,?\s+)?|\b(?:deadline|sluitingsdatum|uiterste\s+\w*datum)\s*[:|]\s*(?:(?<wd>" + Wd + @")\.?,?\s+)?|\b(?<wd>" + Wd + @")\.?,?\s+)(?<date>(?<d>\d{1,2})(?:/(?<m>\d{1,2})|[.-](?<m>0[1-9]|1[0-2])))(?![\d/]|[.,:]\d|\s*(?:uur|u\b|h\b|%|ste\b|de\b|e\b|weken|dagen|maanden|jaar))", RegexOptions.IgnoreCase)]
    private static partial Regex ShortNumericDate();

    [GeneratedRegex(@"(?<![\d.,])(?<h>[01]?\d|2[0-4])\s*(?:(?:[u:h.]|uur)\s*(?<min>[0-5]\d)(?!\d)\s*(?:uur|u\b|h\b)?|\s?(?:uur|u|h)\b)(?<pm>\s*['’]s\s*(?:middags|namiddags|avonds))?|\b(?<midnight>middernacht)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^[\s,(–|-]*(?:om|tot|vóór|voor|ten laatste om|uiterlijk om|,)?[\s(–-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\b(" + Months + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthWord();
}
