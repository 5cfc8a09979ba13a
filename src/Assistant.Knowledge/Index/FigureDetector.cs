using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Index;

/// <summary>
/// Whether a text states a figure: a digit, a Dutch number word ("drie jaar", "zeven collega's") or a month
/// name. Questions for a quantity or a date ("hoeveel", "hoe lang", "wanneer") are answered by such passages.
/// </summary>
internal static partial class FigureDetector
{
    /// <summary>How much a passage without a figure keeps of its score for a quantity question.</summary>
    public const float NoFigureFactor = 0.5f;

    /// <summary>Whether <paramref name="text"/> holds a figure.</summary>
    public static bool HasFigure(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || NumberWord().IsMatch(text);

    /// <summary>Whether the question asks for a quantity, a duration or a date.</summary>
    public static bool AsksForFigure(string? question) => !string.IsNullOrEmpty(question) && QuantityQuestion().IsMatch(question);

    [GeneratedRegex(@"\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|veertig|vijftig|honderd|duizend|half|halve|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\b(hoeveel|hoe\s+(veel|lang|laat|oud|groot)|wanneer|tegen\s+wanneer|tot\s+wanneer|welke\s+datum|welk\s+bedrag|how\s+(many|much|long)|when|combien|quand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuantityQuestion();
}
