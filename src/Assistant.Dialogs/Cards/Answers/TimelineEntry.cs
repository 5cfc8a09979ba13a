using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;

namespace Assistant.Dialogs.Cards.Answers;

/// <summary>One row of the selection timeline: a step with the dates shown for it and whether they lie in the past.</summary>
public sealed record TimelineEntry(SelectionStep Step, IReadOnlyList<StepDate> Dates, bool Past)
{
    /// <summary>Every step in procedure order with all its dates; past when every date lies before <paramref name="today"/>.</summary>
    public static IReadOnlyList<TimelineEntry> FromSteps(IEnumerable<SelectionStep> steps, DateOnly? today = null) =>
        steps.Select(s => new TimelineEntry(s, s.Dates, today is { } t && s.Dates.Count > 0 && s.Dates.All(d => d.Date < t))).ToList();

    /// <summary>Scheduled dates grouped by step, in time order.</summary>
    public static IReadOnlyList<TimelineEntry> FromDates(IEnumerable<ScheduledDate> dates) =>
        dates.GroupBy(d => d.Step)
            .Select(g => new TimelineEntry(g.Key, g.Select(d => d.Date).ToList(), g.All(d => d.Past)))
            .ToList();
}
