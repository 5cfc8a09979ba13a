using System.Globalization;
using System.Text;

namespace Assistant.Tools;

/// <summary>Text helpers the tools share (Tools references only Core, so it cannot use the understanding layer's).</summary>
internal static class ToolText
{
    /// <summary>Lower case without accents ("Épreuve" → "epreuve"); <paramref name="separator"/> characters become spaces.</summary>
    public static string Fold(string text, ReadOnlySpan<char> separator = default)
    {
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
}
