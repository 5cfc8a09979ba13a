using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction.Parsing;

/// <summary>
/// Euro amounts as they appear in vacancy texts: "€ 3.059,65", "3086,37 euro", "57.548,29 €", "€ 4.470",
/// "€7,5", and odd ones like "€ 3.123.31" (dots for both thousands and cents).
/// </summary>
public static partial class Money
{
    /// <summary>An amount found in a text, with its span and whether its formatting was odd.</summary>
    public sealed record Match(decimal Amount, int Start, int End, string Raw, bool Odd);

    /// <summary>Every euro amount in <paramref name="text"/>.</summary>
    public static IReadOnlyList<Match> FindAll(string text)
    {
        var result = new List<Match>();
        foreach (System.Text.RegularExpressions.Match m in AmountPattern().Matches(text))
        {
            var number = m.Groups["n1"].Success ? m.Groups["n1"] : m.Groups["n2"];
            if (TryParse(number.Value, out var amount, out var odd))
            {
                result.Add(new Match(amount, m.Index, m.Index + m.Length, m.Value.Trim(), odd));
            }
        }

        return WithSharedCurrency(text, result);
    }

    /// <summary>
    /// The other end of a range that writes the currency once: "van 2.617,50 tot 3.544,86 euro", "€ 2.617,50 tot 3.544,86". Only
    /// a number written as an amount (thousands dots or cents) counts, so "1 tot 3 euro" and dates stay out.
    /// </summary>
    private static List<Match> WithSharedCurrency(string text, List<Match> found)
    {
        if (found.Count == 0)
        {
            return found;
        }

        var extra = new List<Match>();
        for (var k = 0; k < found.Count; k++)
        {
            var m = found[k];
            var previousEnd = k > 0 ? found[k - 1].End : 0;
            if (!text[m.Start..m.End].TrimStart().StartsWith("€", StringComparison.Ordinal) && !StartsWithCode(text[m.Start..m.End])
                && RangeStartBefore().Match(text[previousEnd..m.Start]) is { Success: true } first
                && TryParse(first.Groups["n"].Value, out var low, out var oddLow))
            {
                var at = previousEnd + first.Groups["n"].Index;
                extra.Add(new Match(low, at, at + first.Groups["n"].Length, first.Groups["n"].Value, oddLow));
            }

            var nextStart = k + 1 < found.Count ? found[k + 1].Start : text.Length;
            if ((text[m.Start..m.End].TrimStart().StartsWith("€", StringComparison.Ordinal) || StartsWithCode(text[m.Start..m.End]))
                && RangeEndAfter().Match(text[m.End..nextStart]) is { Success: true } second
                && TryParse(second.Groups["n"].Value, out var high, out var oddHigh))
            {
                var at = m.End + second.Groups["n"].Index;
                extra.Add(new Match(high, at, at + second.Groups["n"].Length, second.Groups["n"].Value, oddHigh));
            }
        }

        return extra.Count == 0 ? found : [.. found.Concat(extra).OrderBy(x => x.Start)];

        static bool StartsWithCode(string raw) => raw.TrimStart().StartsWith("EUR", StringComparison.OrdinalIgnoreCase);
    }

    private const string AmountLike = @"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2}";

    /// <summary>"2.617,50 tot " right before an amount whose currency follows it.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>" + AmountLike + @")\s*(?:tot|en|à|[-–])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeStartBefore();

    /// <summary>" tot 3.544,86" right after an amount whose currency precedes it, with no currency or percent sign of its own.</summary>
    [GeneratedRegex(@"^\s*(?:tot|en|à|[-–])\s*(?<n>" + AmountLike + @")(?![\d.,]*\s*(?:%|€|EUR|euro))", RegexOptions.IgnoreCase)]
    private static partial Regex RangeEndAfter();

    /// <summary>Parses a number written with Belgian or odd separators; the last separator followed by 1–2 digits is the decimal mark.</summary>
    public static bool TryParse(string raw, out decimal amount, out bool odd)
    {
        odd = false;
        amount = 0;
        var s = raw.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).TrimEnd('.', ',', '-');
        if (s.Length == 0)
        {
            return false;
        }

        var lastSep = s.LastIndexOfAny(['.', ',']);
        string whole = s, cents = "";
        if (lastSep >= 0 && s.Length - lastSep - 1 is 1 or 2)
        {
            whole = s[..lastSep];
            cents = s[(lastSep + 1)..];
        }

        var groups = whole.Split(['.', ','], StringSplitOptions.None);
        if (groups.Length > 1 && groups.Skip(1).Any(g => g.Length != 3))
        {
            return false;
        }

        if (cents.Length > 0 && s[lastSep] == '.' && groups.Length > 1 && whole.Contains('.', StringComparison.Ordinal))
        {
            odd = true; // "3.123.31": thousands dot and decimal dot
        }

        var digits = string.Concat(groups);
        return decimal.TryParse(cents.Length > 0 ? $"{digits}.{cents}" : digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    [GeneratedRegex(@"(?:€|EUR|euro)\s?(?<n1>\d{1,3}(?:[.,  ]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d])|(?<![\d.,])(?<n2>\d{1,3}(?:[.,  ]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(?:€|EUR\b|euro\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();
}
