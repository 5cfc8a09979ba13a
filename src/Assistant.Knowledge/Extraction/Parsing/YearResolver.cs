namespace Assistant.Knowledge.Extraction.Parsing;

/// <summary>
/// Gives dates without a year their year: among the years near the document's other dates (or near today
/// when the document has none) it picks one whose weekday matches the written weekday, closest to the
/// document's dated mentions (their median). "zondag 28 april" next to May 2024 dates becomes 28 April 2024.
/// </summary>
public static class YearResolver
{
    /// <summary>Resolves every mention; mentions with a year keep it.</summary>
    public static IReadOnlyList<DateMention> Resolve(IReadOnlyList<DateMention> mentions, DateOnly today)
    {
        var anchors = mentions.Where(m => m.Year is not null).Select(m => new DateOnly(m.Year!.Value, m.Month, m.Day)).ToList();
        if (anchors.Count == 0)
        {
            anchors.Add(today);
        }

        var result = new List<DateMention>(mentions.Count);
        foreach (var m in mentions)
        {
            result.Add(m.Year is { } y ? m with { Date = new DateOnly(y, m.Month, m.Day) } : m with { Date = Infer(m, anchors) });
        }

        return result;
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
