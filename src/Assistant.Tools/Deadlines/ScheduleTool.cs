using Assistant.Core.Facts;
using Assistant.Tools.Time;

namespace Assistant.Tools.Deadlines;

/// <summary>The dates of the selection steps, in time order, with their qualifiers kept.</summary>
public static class ScheduleTool
{
    /// <summary>All step dates, optionally of one step kind ("oral", "written", "capacity-test", …).</summary>
    public static IReadOnlyList<ScheduledDate> Dates(VacancyFacts facts, DateTimeOffset now, string? kind = null)
    {
        var today = Brussels.Today(now);
        return facts.SelectionSteps
            .Where(s => kind is null || s.Kind == kind || (kind == "interview" && s.Kind == "oral") || (kind == "oral" && s.Kind == "interview" && !facts.SelectionSteps.Any(x => x.Kind == "oral")))
            .SelectMany(s => s.Dates.Select(d => new ScheduledDate(s, d, d.Date < today)))
            .OrderBy(d => d.Date.Date)
            .ToList();
    }
}
