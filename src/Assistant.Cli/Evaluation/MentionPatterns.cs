using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Cli.Evaluation;

/// <summary>
/// The typed mentions of evalcheck.py, ported pattern for pattern: <c>date:YYYY-MM-DD</c>, <c>eur:1234.56</c> and
/// <c>time:HH:MM</c>. Python's <c>\b</c> counts letters, all numeric characters and "_" as word characters; .NET's
/// differs (marks, connector punctuation, no "²"), so <see cref="B"/> spells Python's boundary out.
/// </summary>
internal static class MentionPatterns
{
    private const string W = @"[\p{L}\p{N}_]";
    private const string B = $"(?:(?<={W})(?!{W})|(?<!{W})(?={W}))";

    private static readonly string[][] Months =
    [
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre", "octobre", "novembre", "d\u00e9cembre"],
    ];

    private static readonly ConcurrentDictionary<string, Regex[]> Cache = new(StringComparer.Ordinal);

    /// <summary>evalcheck.py's <c>mention_matches(alt, text)</c>.</summary>
    public static bool Matches(string alternative, string text)
    {
        var normalised = PythonText.Norm(text);
        if (!IsTyped(alternative))
        {
            return normalised.Contains(PythonText.Norm(alternative), StringComparison.Ordinal);
        }

        return Cache.GetOrAdd(alternative, Compile).Any(p => p.IsMatch(normalised));
    }

    /// <summary>True for the prefixes evalcheck.py treats as typed (case-sensitive, as there).</summary>
    public static bool IsTyped(string alternative) =>
        alternative.StartsWith("date:", StringComparison.Ordinal) || alternative.StartsWith("eur:", StringComparison.Ordinal) ||
        alternative.StartsWith("time:", StringComparison.Ordinal);

    /// <summary>Why a typed mention cannot be judged (evalcheck.py would crash on it), or null when it is well-formed.</summary>
    public static string? Validate(string alternative)
    {
        try
        {
            _ = IsTyped(alternative) ? Compile(alternative) : null;
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>The Python patterns for one typed mention, in evalcheck.py's order.</summary>
    public static IReadOnlyList<string> Patterns(string alternative) =>
        alternative.StartsWith("date:", StringComparison.Ordinal) ? DatePatterns(alternative[5..])
        : alternative.StartsWith("eur:", StringComparison.Ordinal) ? EurPatterns(alternative[4..])
        : alternative.StartsWith("time:", StringComparison.Ordinal) ? TimePatterns(alternative[5..])
        : [];

    private static Regex[] Compile(string alternative) =>
        [.. Patterns(alternative).Select(p => new Regex(p, RegexOptions.CultureInvariant))];

    private static List<string> DatePatterns(string iso)
    {
        var parts = iso.Split('-');
        if (parts.Length != 3 || !parts.All(IsDigits))
        {
            throw new FormatException($"'date:{iso}' is not date:YYYY-MM-DD");
        }

        var (y, m, d) = (ParseInt(parts[0]), ParseInt(parts[1]), ParseInt(parts[2]));
        if (m is < 1 or > 12)
        {
            throw new FormatException($"'date:{iso}' has no month {m}");
        }

        var c = CultureInfo.InvariantCulture;
        var patterns = new List<string>();
        foreach (var names in Months)
        {
            var mon = names[m - 1];
            patterns.Add(string.Create(c, $@"{B}0?{d}(er)?\.? {mon},? {y}{B}"));
            patterns.Add(string.Create(c, $@"{B}{mon} 0?{d}(st|nd|rd|th)?,? {y}{B}"));
        }

        patterns.Add(string.Create(c, $@"{B}0?{d}[/.\-]0?{m}[/.\-]{y}{B}"));
        patterns.Add(string.Create(c, $@"{B}{y}-{m:00}-{d:00}{B}"));
        return patterns;
    }

    private static List<string> EurPatterns(string value)
    {
        if (!EvalNumbers.IsPythonFloat(value))
        {
            throw new FormatException($"'eur:{value}' is not a number");
        }

        var v = double.Parse(value.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(v) || double.IsNaN(v) || Math.Abs(v) >= 1e15)
        {
            throw new FormatException($"'eur:{value}' is out of range");
        }

        var whole = (long)Math.Truncate(v);
        var cents = (long)Math.Round((v - whole) * 100, MidpointRounding.ToEven);
        var w = whole.ToString(CultureInfo.InvariantCulture);
        var wpat = whole >= 1000 ? $"{w[..^3]}[ .,']?{w[^3..]}" : w;
        const string Before = @"(?<![\d.,])";
        var patterns = new List<string> { $@"{Before}{wpat}[.,]{TwoDigits(cents)}(?!\d)" };
        if (cents == 0)
        {
            patterns.Add($@"{Before}{wpat}(?![\d]|[.,]\d)");
            patterns.Add($@"{Before}{wpat}[.,](-|00)(?!\d)");
        }
        else if (cents % 10 == 0)
        {
            patterns.Add(string.Create(CultureInfo.InvariantCulture, $@"{Before}{wpat}[.,]{cents / 10}(?!\d)"));
        }

        return patterns;
    }

    private static List<string> TimePatterns(string hm)
    {
        var parts = hm.Split(':');
        if (parts.Length != 2 || !parts.All(IsDigits))
        {
            throw new FormatException($"'time:{hm}' is not time:HH:MM");
        }

        var h = ParseInt(parts[0]).ToString(CultureInfo.InvariantCulture);
        var m = parts[1];
        var patterns = new List<string> { $@"{B}0?{h} ?[:u.h] ?{m}{B}", $@"{B}0?{h} ?u ?{m}{B}" };
        if (m == "00")
        {
            patterns.Add($@"{B}0?{h} ?(uur|u|h){B}");
        }

        return patterns;
    }

    /// <summary>Python's <c>f"{n:02d}"</c>: at least two characters, the sign counted.</summary>
    private static string TwoDigits(long n) =>
        n < 0 ? n.ToString(CultureInfo.InvariantCulture).PadLeft(2, '0') : n.ToString("00", CultureInfo.InvariantCulture);

    private static bool IsDigits(string s) => s.Length is > 0 and <= 9 && s.All(char.IsAsciiDigit);

    private static int ParseInt(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
