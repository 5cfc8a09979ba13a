using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Understanding.Entities;

/// <summary>
/// The share of full time a candidate says some work was done at, read from the words around its years: "halftijds",
/// "half-time", "à mi-temps" (0.5); "4/5", "vier vijfde", "quatre cinquièmes" (0.8); "aan 50%", "at 60 %", "80 procent";
/// "19/38", "24/38" (hours of a full week of 36, 38 or 40); "deeltijds", "part-time", "à temps partiel" without a figure (0:
/// part time, share not said). Full time ("voltijds", "full-time", "temps plein") or nothing said is null.
/// </summary>
internal static partial class WorkingShare
{
    /// <summary>The share in <paramref name="window"/> (folded words separated by spaces), or null.</summary>
    public static decimal? Read(string window)
    {
        if (FullTime().IsMatch(window))
        {
            return null;
        }

        if (Half().IsMatch(window))
        {
            return 0.5m;
        }

        if (FourFifths().IsMatch(window))
        {
            return 0.8m;
        }

        if (Fraction().Match(window) is { Success: true } fraction)
        {
            var part = decimal.Parse(fraction.Groups["n"].Value, CultureInfo.InvariantCulture);
            var whole = decimal.Parse(fraction.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (part > 0 && part < whole)
            {
                return Math.Round(part / whole, 2);
            }
        }

        if (Percent().Match(window) is { Success: true } percent
            && decimal.Parse(percent.Groups["n"].Value, CultureInfo.InvariantCulture) is var share and > 0 and < 100)
        {
            return share / 100m;
        }

        return PartTime().IsMatch(window) ? 0m : null;
    }

    [GeneratedRegex(@" (voltijds\w*|fulltime|full - time|full time|temps plein|plein temps) ", RegexOptions.CultureInvariant)]
    private static partial Regex FullTime();

    [GeneratedRegex(@" (halftijds\w*|halftime|half - time|half time|halve dagen|mi - temps|mi temps) ", RegexOptions.CultureInvariant)]
    private static partial Regex Half();

    [GeneratedRegex(@" (vier ?vijfde\w*|four - fifths|four fifths|quatre cinquiemes|4 / 5 (?!jaar|years?|ans?)\w*)", RegexOptions.CultureInvariant)]
    private static partial Regex FourFifths();

    // "19/38", "3/5", "24 / 36": the hours (or days) of a full week; "2/3" is no working time.
    [GeneratedRegex(@" (?<n>\d{1,2}) / (?<d>5|36|37|38|40) (?!jaar|years?|ans?|punten|points?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Fraction();

    // "aan 50%", "at 60 %", "à 80 %", "80 procent", "50 percent": a percentage of working time near the years (not a score).
    [GeneratedRegex(@" (?<n>\d{2}) (%|procent|percent|pour ?cent) (?!op |on |sur |van de |of the |des |score)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Percent();

    [GeneratedRegex(@" (deeltijds\w*|parttime|part - time|part time|temps partiel|mi - temps) ", RegexOptions.CultureInvariant)]
    private static partial Regex PartTime();
}
