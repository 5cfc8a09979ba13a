using Assistant.Core.Facts;

namespace Assistant.Tools.Deadlines;

/// <summary>
/// Whether applications are open at a moment: "open", "closed" or "not-stated". <see cref="LastDay"/> is the last
/// calendar day one may still apply, <see cref="ClosesAt"/> the instant applications close (end of that day when no
/// time is stated), <see cref="DaysLeft"/> the calendar days from today to the last day (0 on the last day).
/// </summary>
public sealed record DeadlineStatus
{
    public required string Status { get; init; }
    public Deadline? Deadline { get; init; }
    public DateOnly? LastDay { get; init; }
    public TimeOnly? LastTime { get; init; }
    public DateTimeOffset? ClosesAt { get; init; }
    public int? DaysLeft { get; init; }
    public double? HoursLeft { get; init; }
    public bool ClosesToday { get; init; }
    public bool YearInferred { get; init; }
}
