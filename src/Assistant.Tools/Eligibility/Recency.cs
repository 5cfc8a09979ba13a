using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Experience that must be recent ("opgedaan in de laatste vijf jaar", "niet ouder dan 4 jaar", "during the past 3 years",
/// "no older than 6 years", "au cours des cinq dernières années", "datant de moins de 3 ans"): the candidate's years that can fall inside that window, counted from the year their work ended when they said
/// so ("van 2012 tot 2016", "tot 2015"). Work without an end year counts whole, so only dated work ever shrinks the years.
/// </summary>
public static partial class Recency
{
    /// <summary>The length in years of the window a requirement sentence sets, or null when it sets none.</summary>
    public static int? WindowYears(string quote)
    {
        var m = Window().Match(TextFold.Fold(quote));
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        return int.TryParse(n, out var v) ? v : NumberWords.Word(n);
    }

    /// <summary>
    /// The years of <paramref name="entries"/> that can lie within the last <paramref name="window"/> years before
    /// <paramref name="referenceYear"/>: dated work counts up to the end of the year it ended.
    /// </summary>
    public static decimal YearsWithin(IEnumerable<ExperienceEntry> entries, int window, int referenceYear)
    {
        var from = referenceYear - window;
        return entries.Sum(e => e.Until is not { } until ? e.Years : Math.Max(0, Math.Min(e.Years, until + 1 - from)));
    }

    [GeneratedRegex(@"\b(laatste|afgelopen|voorbije|recentste|last|past|previous)\s+(?<n>\d+|[a-z]+)\s+(jaar|jaren|years)\b|\b(?<n>\d+|[a-z]+)\s+(dernieres|precedentes)\s+annees\b|\bwithin the (last|past)\s+(?<n>\d+|[a-z]+)\s+years\b|\bniet\s+ouder\s+dan\s+(?<n>\d+|[a-z]+)\s+jaar\b|\b(hoogstens|maximaal|maximum|max\.?)\s+(?<n>\d+|[a-z]+)\s+jaar\s+(oud|geleden)\b|\bminder\s+dan\s+(?<n>\d+|[a-z]+)\s+jaar\s+geleden\b|\bno(t)?\s+(older|more)\s+than\s+(?<n>\d+|[a-z]+)\s+years(\s+old|\s+ago)\b|\bno\s+older\s+than\s+(?<n>\d+|[a-z]+)\s+years\b|\b(datant\s+)?de\s+moins\s+de\s+(?<n>\d+|[a-z]+)\s+ans\b")]
    private static partial Regex Window();
}
