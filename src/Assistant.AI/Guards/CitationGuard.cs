using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.AI.Guards;

/// <summary>
/// Citations in generated text are written [1], [2]… and must point at a passage we gave (1 to the number of passages).
/// </summary>
public static partial class CitationGuard
{
    /// <summary>The passage numbers cited, in order of first appearance.</summary>
    public static IReadOnlyList<int> Cited(string generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        return Citation().Matches(generated)
            .SelectMany(m => m.Groups["n"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)))
            .Distinct()
            .ToList();
    }

    /// <summary>The cited numbers that point at no given passage (a text with no citation at all gives [0]).</summary>
    public static IReadOnlyList<int> Invalid(string generated, int passageCount, bool citationRequired = true)
    {
        var cited = Cited(generated);
        if (cited.Count == 0)
        {
            return citationRequired ? [0] : [];
        }

        return cited.Where(n => n < 1 || n > passageCount).ToList();
    }

    [GeneratedRegex(@"\[(?:(?<n>\d{1,3})(?:\s*,\s*)?)+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Citation();
}
