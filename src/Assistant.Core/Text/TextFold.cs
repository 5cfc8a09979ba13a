using System.Globalization;
using System.Text;

namespace Assistant.Core.Text;

/// <summary>
/// The one accent fold of every layer: lower case without diacritics ("Coördinatie" → "coordinatie", "Épreuve" →
/// "epreuve"), as Unicode's canonical decomposition gives it. Letters without a decomposition (œ, æ, ø, ł) stay as
/// they are; the understanding layer adds its own reading of ligatures and apostrophes on top.
/// </summary>
public static class TextFold
{
    private static readonly char[] Table = BuildTable();

    /// <summary>One character lower-cased and without its diacritics.</summary>
    public static char FoldChar(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    /// <summary>Lower case without accents ("Épreuve" → "epreuve"); <paramref name="separator"/> characters become spaces.</summary>
    public static string Fold(string text, ReadOnlySpan<char> separator = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(separator.Contains(c) ? ' ' : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The words (runs of letters and digits) of <paramref name="text"/>, folded; empty for null or empty text.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Latin letters up to U+024F: the lower case's first character after canonical decomposition.</summary>
    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var lower = char.ToLowerInvariant((char)c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[c] = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : lower;
        }

        return table;
    }
}
