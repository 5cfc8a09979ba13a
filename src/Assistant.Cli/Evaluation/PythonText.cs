using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Assistant.Cli.Evaluation;

/// <summary>The string handling of evalcheck.py in .NET terms: its <c>norm()</c> (NFC, Python's <c>str.lower</c>, no-break spaces, runs of spaces and tabs) and <c>repr()</c> for messages.</summary>
internal static partial class PythonText
{
    /// <summary>evalcheck.py's <c>norm(s)</c>.</summary>
    public static string Norm(string? s)
    {
        var text = s ?? "";
        try
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates: Python normalises around them; .NET refuses. Keep the text as it is.
        }

        text = Lower(text).Replace('\u00a0', ' ').Replace('\u202f', ' ');
        return SpacesAndTabs().Replace(text, " ");
    }

    /// <summary>Python's <c>str.lower()</c>: full lowercase mapping (İ → i̇) and the final-sigma rule, else the invariant simple mapping.</summary>
    public static string Lower(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u0130')
            {
                builder.Append("i\u0307");
            }
            else if (c == '\u03a3')
            {
                builder.Append(IsFinalSigma(text, i) ? '\u03c2' : '\u03c3');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(Rune.ToLowerInvariant(new Rune(c, text[i + 1])).ToString());
                i++;
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Python's <c>repr()</c> of a string (quotes and the common escapes).</summary>
    public static string Repr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when c == quote => "\\" + c,
                _ when c < ' ' || c == '\u007f' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => c.ToString(),
            });
        }

        return builder.Append(quote).ToString();
    }

    /// <summary>Python's <c>repr()</c> of a float.</summary>
    public static string FloatRepr(double value) => value switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        double.NaN => "nan",
        _ when Math.Floor(value) == value && Math.Abs(value) < 1e16 => value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant(),
    };

    /// <summary>Python's <c>repr()</c> of a value decoded from JSON (absent = None).</summary>
    public static string Repr(JsonElement? value)
    {
        if (value is not { } v)
        {
            return "None";
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => Repr(v.GetString() ?? ""),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Array => "[" + string.Join(", ", v.EnumerateArray().Select(e => Repr(e))) + "]",
            JsonValueKind.Object => "{" + string.Join(", ", v.EnumerateObject().Select(p => Repr(p.Name) + ": " + Repr(p.Value))) + "}",
            _ => "None",
        };
    }

    private static bool IsFinalSigma(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(text[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(text[before]))
        {
            return false;
        }

        var after = index + 1;
        while (after < text.Length && IsCaseIgnorable(text[after]))
        {
            after++;
        }

        return after >= text.Length || !IsCased(text[after]);
    }

    private static bool IsCased(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) =>
        c is '\'' or '.' or ':' or '^' or '`' or '\u00b7' or '\u2018' or '\u2019' or '\u2024' or '\u2027' ||
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    [GeneratedRegex("[ \t]+")]
    private static partial Regex SpacesAndTabs();
}
