using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.AI.Guards;

/// <summary>
/// Every number, date, amount, percentage and e-mail address in generated text must occur in the evidence (the tool
/// results and the passages the text cites). Numbers are compared by value after removing thousands separators
/// ("3.500" = "3 500" = "3500", "2,5" = "2.5", "04" = "4"); a month named or written as a number must be a month of the
/// evidence; an e-mail must occur as such. What is not found is returned; an empty list means the text may be shown.
/// The guard is conservative: a true fact written differently from the evidence is rejected (the templated answer is
/// then given), an invented one never passes.
/// </summary>
public static partial class FactGuard
{
    private static readonly string[][] MonthNames =
    [
        ["januari", "january", "janvier", "jan"],
        ["februari", "february", "février", "fevrier", "feb", "févr"],
        ["maart", "march", "mars", "mrt", "mar"],
        ["april", "avril", "apr"],
        ["mei", "may", "mai"],
        ["juni", "june", "juin", "jun"],
        ["juli", "july", "juillet", "jul"],
        ["augustus", "august", "août", "aout", "aug"],
        ["september", "septembre", "sept", "sep"],
        ["oktober", "october", "octobre", "okt", "oct"],
        ["november", "novembre", "nov"],
        ["december", "décembre", "decembre", "dec", "déc"],
    ];

    private static readonly Dictionary<string, int> MonthByName = MonthNames
        .SelectMany((names, index) => names.Select(name => (name, month: index + 1)))
        .ToDictionary(pair => pair.name, pair => pair.month, StringComparer.OrdinalIgnoreCase);

    /// <summary>The facts of <paramref name="generated"/> that <paramref name="evidence"/> does not contain (e.g. "9999", "month 5", "x@y.be").</summary>
    public static IReadOnlyList<string> Unsupported(string generated, IEnumerable<string> evidence)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(evidence);
        var source = string.Join("\n", evidence);
        var numbers = Numbers(source).ToHashSet(StringComparer.Ordinal);
        var months = Months(source).ToHashSet();
        var emails = Emails().Matches(source).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        var missing = new List<string>();
        missing.AddRange(Emails().Matches(generated).Select(m => m.Value).Where(e => !emails.Contains(e.ToLowerInvariant())));
        var withoutEmails = Emails().Replace(generated, " ");
        missing.AddRange(Numbers(withoutEmails).Where(n => !numbers.Contains(n)).Distinct(StringComparer.Ordinal));
        missing.AddRange(Months(withoutEmails).Where(m => !months.Contains(m)).Distinct().Select(m => "month " + m.ToString(CultureInfo.InvariantCulture)));
        return missing;
    }

    /// <summary>The numbers of a text, normalised: thousands separators removed, leading zeros dropped, decimals split off.</summary>
    internal static IEnumerable<string> Numbers(string text)
    {
        var joined = Thousands().Replace(text, m => m.Value.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal));
        foreach (Match match in Digits().Matches(joined))
        {
            var trimmed = match.Value.TrimStart('0');
            yield return trimmed.Length == 0 ? "0" : trimmed;
        }
    }

    /// <summary>The months a text names, or writes as the middle of d/m/y or the month of y-m-d.</summary>
    internal static IEnumerable<int> Months(string text)
    {
        foreach (Match match in Words().Matches(text))
        {
            // A month name counts next to a number only ("9 mei", "May 9", "mai 2026"): "you may apply" names no month.
            if (MonthByName.TryGetValue(match.Value.TrimEnd('.'), out var month) && NextToNumber(text, match.Index, match.Index + match.Length))
            {
                yield return month;
            }
        }

        foreach (Match match in NumericDates().Matches(text))
        {
            var value = match.Groups["dm"].Success ? match.Groups["dm"].Value : match.Groups["ym"].Value;
            if (int.TryParse(value, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                yield return month;
            }
        }
    }

    private static bool NextToNumber(string text, int start, int end)
    {
        var b = start - 1;
        while (b >= 0 && char.IsWhiteSpace(text[b]))
        {
            b--;
        }

        // "9 mei", "1ste mei", "1er mai", "9th May": a digit, or an ordinal ending right after one.
        var letters = 0;
        while (b >= 0 && char.IsAsciiLetterLower(text[b]) && letters < 3)
        {
            b--;
            letters++;
        }

        if (b >= 0 && char.IsAsciiDigit(text[b]))
        {
            return true;
        }

        var a = end;
        while (a < text.Length && char.IsWhiteSpace(text[a]))
        {
            a++;
        }

        return a < text.Length && char.IsAsciiDigit(text[a]);
    }

    [GeneratedRegex(@"\b[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Emails();

    /// <summary>
    /// 1.234 / 1 234 / 12.345.678 / 2.345,67 (groups of three after a separator, not followed by another digit or by a
    /// point and a digit; a decimal comma may follow, as in Belgian amounts).
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?!\d|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\p{L}+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\b\d{1,2}[./-](?<dm>\d{1,2})[./-]\d{2,4}\b|\b\d{4}-(?<ym>\d{1,2})-\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDates();
}
