using Assistant.Core.Text.Redaction;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Storage.Redaction;

/// <summary>A candidate's test scores ("22 op 40", "55/100", "14 sur 20", "31.5 out of 50").</summary>
internal static class ScorePatterns
{
    /// <summary>Not inside a longer number: no digit, dot, slash, comma or dash before it, no digit (or decimal part) after it.</summary>
    private const string Score =
        @"(?<pre>[^\d./,-])(?<core>\d{1,3}(?:[.,]\d{1,2})?\s*(?:(?:punten|points)\s+)?(?:/|\bop\b|\bsur\b|\bout\s+of\b)\s*\d{1,3})(?:[^\d./,]|[./,]\D)";

    public static IEnumerable<RedactionRule> Rules()
    {
        yield return RedactionRule.When(Score, "[score]", IsScore).Requires(Prefilters.Digits(2));
    }

    private static readonly Regex Number = new(@"\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>A score has a numerator not above the maximum (at least 10); with a slash ("3/12") it reads as a date unless the maximum is a multiple of 5.</summary>
    private static bool IsScore(string value)
    {
        var numbers = Number.Matches(value);
        if (numbers.Count != 2)
        {
            return false;
        }

        var points = decimal.Parse(numbers[0].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        var maximum = decimal.Parse(numbers[1].Value, CultureInfo.InvariantCulture);
        var slash = value.Contains('/', StringComparison.Ordinal);
        return maximum >= 10 && points <= maximum && (!slash || maximum % 5 == 0);
    }
}
