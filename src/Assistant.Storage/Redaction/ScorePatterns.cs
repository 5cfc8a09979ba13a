using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Storage.Redaction;

/// <summary>A candidate's test scores ("22 op 40", "55/100", "14 sur 20", "31.5 out of 50").</summary>
internal static partial class ScorePatterns
{
    private const string Score =
        @"(?<![\d./,-])\d{1,3}(?:[.,]\d{1,2})?\s*(?:(?:punten|points)\s+)?(?:/|\bop\b|\bsur\b|\bout\s+of\b)\s*\d{1,3}(?![\d]|[./,]\d)";

    public static IEnumerable<RedactionRule> Rules()
    {
        yield return RedactionRule.When(ScoreRegex(), "[score]", IsScore).Requires(Prefilters.Digits(2));
    }

    [GeneratedRegex(Score, RedactionRule.Options, RedactionRule.TimeoutMilliseconds)]
    private static partial Regex ScoreRegex();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant, RedactionRule.TimeoutMilliseconds)]
    private static partial Regex Number();

    /// <summary>A score has a numerator not above the maximum (at least 10); with a slash ("3/12") it reads as a date unless the maximum is a multiple of 5.</summary>
    private static bool IsScore(string value)
    {
        var numbers = Number().Matches(value);
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
