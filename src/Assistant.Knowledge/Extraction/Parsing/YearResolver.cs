namespace Assistant.Knowledge.Extraction.Parsing;

/// <summary>
/// Gives dates without a year their year: among the years near the document's other dates (or near today
/// when the document has none) it picks one whose weekday matches the written weekday, closest to the
/// document's dated mentions (their median). "zondag 28 april" next to May 2024 dates becomes 28 April 2024.
/// When the document has a publication date, a date without a year is the first such date on or after it
/// (with the written weekday, if any, within the year after publication).
/// </summary>
public static class YearResolver
{
    /// <summary>Resolves every mention; mentions with a year keep it.</summary>
    /// <param name="mentions">The document's date mentions, in order.</param>
    /// <param name="today">Used only when the document has no dated mention at all.</param>
    /// <param name="publishedOn">The document's publication date, when it states one.</param>
    public static IReadOnlyList<DateMention> Resolve(IReadOnlyList<DateMention> mentions, DateOnly today, DateOnly? publishedOn = null)
    {
        var anchors = mentions.Where(m => m.Year is not null).Select(m => new DateOnly(m.Year!.Value, m.Month, m.Day)).ToList();
        if (anchors.Count == 0)
        {
            anchors.Add(today);
        }

        var result = new List<DateMention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.Year is { } y)
            {
                result.Add(m with { Date = new DateOnly(y, m.Month, m.Day) });
            }
            else if (publishedOn is { } published && AfterPublication(m, published) is { } after)
            {
                result.Add(m with { Date = after, YearBasis = "publication" });
            }
            else
            {
                result.Add(m with { Date = Infer(m, anchors), YearBasis = m.Weekday is null ? "neighbouring-dates" : "weekday" });
            }
        }

        return result;
    }

    /// <summary>
    /// The first date on or after publication with this day and month; with a weekday, the first within the year after
    /// publication that falls on it, else the first date regardless (the weekday mismatch is then reported).
    /// </summary>
    private static DateOnly? AfterPublication(DateMention m, DateOnly published)
    {
        DateOnly? first = null;
        for (var year = published.Year; year <= published.Year + 1; year++)
        {
            if (m.Day > DateTime.DaysInMonth(year, m.Month))
            {
                continue;
            }

            var candidate = new DateOnly(year, m.Month, m.Day);
            if (candidate < published)
            {
                continue;
            }

            first ??= candidate;
            if (m.Weekday is not { } w || candidate.DayOfWeek == w)
            {
                return candidate;
            }
        }

        return first;
    }

    /// <summary>The middle of the document's dated mentions: a stray old date (a law of 1996) does not pull years towards it.</summary>
    private static DateOnly Median(List<DateOnly> anchors)
    {
        var sorted = anchors.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static DateOnly? Infer(DateMention m, List<DateOnly> anchors)
    {
        var minYear = anchors.Min(a => a.Year) - 7;
        var maxYear = anchors.Max(a => a.Year) + 7;
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var year = minYear; year <= maxYear; year++)
        {
            if (m.Day > DateTime.DaysInMonth(year, m.Month))
            {
                continue;
            }

            var candidate = new DateOnly(year, m.Month, m.Day);
            if (m.Weekday is { } w && candidate.DayOfWeek != w)
            {
                continue;
            }

            var distance = Math.Abs(Median(anchors).DayNumber - candidate.DayNumber);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
