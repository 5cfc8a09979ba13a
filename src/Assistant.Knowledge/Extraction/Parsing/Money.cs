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

        return result;
    }

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
