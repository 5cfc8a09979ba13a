using Assistant.Core.Facts;
using Assistant.Tools.Time;

namespace Assistant.Tools.Deadlines;

/// <summary>Open/closed at a moment in Europe/Brussels, time left, and dates derived from the deadline.</summary>
public static class DeadlineTool
{
    private static readonly TimeOnly EndOfDay = new(23, 59, 59);

    /// <summary>The state of applications for <paramref name="facts"/> at <paramref name="now"/>.</summary>
    public static DeadlineStatus Evaluate(VacancyFacts facts, DateTimeOffset now)
    {
        if (facts.ApplicationDeadline is not { } deadline)
        {
            return new DeadlineStatus { Status = "not-stated" };
        }

        // A stated time applies to the stated date ("vóór 12 uur op 15 april" closes at noon that day).
        var lastDay = deadline.Time is null ? deadline.LastDay : deadline.Date;
        var lastTime = deadline.Time;
        var closesAt = Brussels.Instant(lastDay, lastTime ?? EndOfDay);
        var today = Brussels.Today(now);
        var open = now < closesAt;
        return new DeadlineStatus
        {
            Status = open ? "open" : "closed",
            Deadline = deadline,
            LastDay = lastDay,
            LastTime = lastTime,
            ClosesAt = closesAt,
            DaysLeft = lastDay.DayNumber - today.DayNumber,
            HoursLeft = Math.Round((closesAt - now).TotalHours, 1),
            ClosesToday = open && lastDay == today,
            YearInferred = deadline.YearInferred,
        };
    }

    /// <summary>The earliest issue date of a document that may be at most <paramref name="months"/> months old on the last day of application.</summary>
    public static DateOnly? EarliestIssueDate(VacancyFacts facts, int months) =>
        facts.ApplicationDeadline is { } d ? (d.Time is null ? d.LastDay : d.Date).AddMonths(-months) : null;

    /// <summary>The first and last day of the recruitment reserve, given the date of the final report of the selection.</summary>
    /// <param name="reserve">The reserve facts.</param>
    /// <param name="reportDate">The date of the final report (proces-verbaal) of the selection.</param>
    /// <param name="validityYears">Another validity than the stated one (the longest with extensions), or null.</param>
    public static (DateOnly Start, DateOnly End)? ReservePeriod(Reserve reserve, DateOnly reportDate, decimal? validityYears = null)
    {
        if ((validityYears ?? reserve.ValidityYears) is not { } years)
        {
            return null;
        }

        var start = reserve.StartRule == "first-of-next-month-after-final-report"
            ? new DateOnly(reportDate.Year, reportDate.Month, 1).AddMonths(1)
            : reportDate;
        var months = (int)Math.Round(years * 12);
        return (start, start.AddMonths(months).AddDays(-1));
    }
}
