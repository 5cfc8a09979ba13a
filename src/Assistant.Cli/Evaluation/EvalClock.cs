using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Cli.Evaluation;

/// <summary>ISO-8601 moments for eval cases and <c>--now</c>: with an offset or Z, or (eval files only) local Europe/Brussels time.</summary>
public static partial class EvalClock
{
    /// <summary>The clock of a case without <c>now</c>.</summary>
    public static DateTimeOffset DefaultNow { get; } = new(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>Parses <c>2025-12-01T10:00:00+01:00</c>, <c>…Z</c>, <c>2025-12-01 10:00</c>; without an offset only when <paramref name="offsetRequired"/> is false (then Europe/Brussels).</summary>
    public static bool TryParse(string text, bool offsetRequired, out DateTimeOffset value)
    {
        value = default;
        var match = IsoMoment().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var offset = match.Groups["offset"];
        if (!offset.Success && offsetRequired)
        {
            return false;
        }

        var local = match.Groups["local"].Value.Replace(' ', 'T');
        if (!DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            return false;
        }

        if (!offset.Success)
        {
            var unspecified = DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified);
            value = new DateTimeOffset(unspecified, Brussels.GetUtcOffset(unspecified));
            return true;
        }

        return DateTimeOffset.TryParse(local + NormaliseOffset(offset.Value), CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static string NormaliseOffset(string offset)
    {
        var o = offset.Trim();
        if (o is "Z" or "z")
        {
            return "+00:00";
        }

        var digits = o[1..].Replace(":", "", StringComparison.Ordinal);
        return digits.Length <= 2 ? $"{o[0]}{digits.PadLeft(2, '0')}:00" : $"{o[0]}{digits[..^2].PadLeft(2, '0')}:{digits[^2..]}";
    }

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)\s*(?<offset>[Zz]|[+-]\d{1,2}(?::?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMoment();
}
