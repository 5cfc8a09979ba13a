using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>Working regime: hours, full/part time and its fraction (<see cref="WorkFraction"/>), contractual/statutory, (in)definite.</summary>
public static partial class RegimeRules
{
    /// <summary>The regime from the first lines that state one; null when nothing is said.</summary>
    public static Regime? FindRegime(DocumentView view)
    {
        decimal? hours = null;
        bool? fullTime = null;
        string? employment = null, duration = null;
        (decimal Value, Citation Citation)? fraction = null;
        TextLine? first = null;
        foreach (var line in view.Lines)
        {
            var text = line.Text;
            var found = false;
            if (hours is null && Hours().Match(text) is { Success: true } h)
            {
                hours = decimal.Parse(h.Groups["h"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
                found = true;
            }

            if (fullTime is null && FullTime().Matches(text).FirstOrDefault(m => !WorkFraction.IsMeasure(text, m.Index)) is { } f)
            {
                fullTime = f.Value.StartsWith("vol", StringComparison.OrdinalIgnoreCase);
                found = true;
            }

            if (fraction is null && WorkFraction.Find(text) is { } w)
            {
                fraction = (w.Fraction, view.CiteSentence(line, w.Start, w.End));
                found = true;
            }

            if (employment is null && Employment().Match(text) is { Success: true } e)
            {
                employment = e.Value.StartsWith("contract", StringComparison.OrdinalIgnoreCase) ? "contractual" : "statutory";
                found = true;
            }

            if (duration is null && Duration().Match(text) is { Success: true } d)
            {
                duration = d.Groups["k"].Value.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? "indefinite" : "fixed";
                found = true;
            }

            if (found)
            {
                first ??= line;
            }
        }

        if (first is null)
        {
            return null;
        }

        return new Regime
        {
            HoursPerWeek = hours,
            FullTime = fullTime ?? (hours >= 36 ? true : fraction is { } known ? known.Value >= 1m : null),
            Fraction = fraction?.Value,
            FractionCitation = fraction?.Citation,
            Employment = employment,
            Duration = duration,
            Citation = view.Cite(first),
        };
    }

    [GeneratedRegex(@"(?<h>\d{1,2}(?:[.,]\d)?)\s*(?:u|uur|h)(?:ren)?\s*(?:per week|/week|/\s?w\b|per w\b)|\((?<h>\d{1,2})/\d{2}\)|(?<![\d.,])(?<h>\d{1,2}(?:[.,]\d{1,2})?)\s*/\s*38\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hours();

    [GeneratedRegex(@"\b(voltijd\w*|deeltijd\w*|halftijd\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex FullTime();

    [GeneratedRegex(@"\b(contractue\w*|statutair\w*|vast benoemd|benoeming)", RegexOptions.IgnoreCase)]
    private static partial Regex Employment();

    [GeneratedRegex(@"\b(?:van |voor )?(?<k>onbepaalde|bepaalde) duur", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}
