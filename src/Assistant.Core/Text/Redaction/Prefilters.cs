using System.Buffers;

namespace Assistant.Core.Text.Redaction;

/// <summary>
/// Cheap necessary conditions of the patterns (a digit count, an '@', a key word): a rule whose condition fails cannot
/// match, so its regex is skipped. Each condition must hold for every text the rule's pattern can match.
/// </summary>
public static class Prefilters
{
    public static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    public static Func<string, bool> Digits(int atLeast) => text =>
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) && ++count >= atLeast)
            {
                return true;
            }
        }

        return false;
    };

    public static Func<string, bool> Has(char c) => text => text.Contains(c, StringComparison.Ordinal);

    /// <summary>Any of the words (case-insensitive, as substrings; the words must not contain spaces, as patterns allow any whitespace).</summary>
    public static Func<string, bool> AnyOf(params string[] words)
    {
        var values = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        return text => text.AsSpan().ContainsAny(values);
    }

    public static Func<string, bool> Both(Func<string, bool> first, Func<string, bool> second) => text => first(text) && second(text);
}
