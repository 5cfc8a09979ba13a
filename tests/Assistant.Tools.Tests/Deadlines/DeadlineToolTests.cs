using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Microsoft.Extensions.Time.Testing;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Deadlines;

public class DeadlineToolTests
{
    private static readonly VacancyFacts UntilDecember14 = WithDeadline(Deadline(2025, 12, 14));

    [Fact]
    public void Evaluate_NoDeadline_IsNotStated()
    {
        var result = DeadlineTool.Evaluate(WithDeadline(null), At(2025, 12, 1, 10, 0, 1));

        Assert.Equal("not-stated", result.Status);
        Assert.Null(result.LastDay);
        Assert.Null(result.DaysLeft);
        Assert.False(result.ClosesToday);
    }

    [Fact]
    public void Evaluate_BeforeInclusiveDeadline_IsOpenWithDaysLeft()
    {
        var result = DeadlineTool.Evaluate(UntilDecember14, At(2025, 12, 1, 10, 0, 1));

        Assert.Equal("open", result.Status);
        Assert.Equal(new DateOnly(2025, 12, 14), result.LastDay);
        Assert.Equal(13, result.DaysLeft);
        Assert.False(result.ClosesToday);
        Assert.Null(result.LastTime);
    }

    [Fact]
    public void Evaluate_InclusiveDeadline_ClosesAtEndOfDayLocal()
    {
        var result = DeadlineTool.Evaluate(UntilDecember14, At(2025, 12, 1, 10, 0, 1));

        Assert.Equal(new DateTimeOffset(2025, 12, 14, 23, 59, 59, TimeSpan.FromHours(1)), result.ClosesAt);
    }

    [Fact]
    public void Evaluate_LastSecondOfTheLastDay_IsStillOpenAndClosesToday()
    {
        var result = DeadlineTool.Evaluate(UntilDecember14, new DateTimeOffset(2025, 12, 14, 23, 59, 58, TimeSpan.FromHours(1)));

        Assert.Equal("open", result.Status);
        Assert.Equal(0, result.DaysLeft);
        Assert.True(result.ClosesToday);
    }

    [Fact]
    public void Evaluate_MidnightAfterTheLastDay_IsClosed()
    {
        var result = DeadlineTool.Evaluate(UntilDecember14, At(2025, 12, 15, 0, 0, 1));

        Assert.Equal("closed", result.Status);
        Assert.Equal(-1, result.DaysLeft);
        Assert.False(result.ClosesToday);
    }

    [Fact]
    public void Evaluate_InstantGivenInUtc_IsJudgedOnTheBrusselsDate()
    {
        // 23:30 UTC on 14 December is 00:30 on 15 December in Brussels.
        var result = DeadlineTool.Evaluate(UntilDecember14, new DateTimeOffset(2025, 12, 14, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal("closed", result.Status);
    }

    [Fact]
    public void Evaluate_ExclusiveDeadline_LastDayIsTheDayBefore()
    {
        var sut = WithDeadline(Deadline(2026, 4, 15, inclusive: false));

        var result = DeadlineTool.Evaluate(sut, At(2026, 4, 14, 12, 0, 2));

        Assert.Equal(new DateOnly(2026, 4, 14), result.LastDay);
        Assert.Equal(0, result.DaysLeft);
        Assert.True(result.ClosesToday);
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 23, 59, 59, TimeSpan.FromHours(2)), result.ClosesAt);
    }

    [Fact]
    public void Evaluate_ExclusiveDeadlineOnItsDate_IsClosed()
    {
        var sut = WithDeadline(Deadline(2026, 4, 15, inclusive: false));

        var result = DeadlineTool.Evaluate(sut, At(2026, 4, 15, 8, 0, 2));

        Assert.Equal("closed", result.Status);
    }

    [Theory]
    [InlineData(11, 59, "open")]
    [InlineData(12, 0, "closed")]
    [InlineData(12, 1, "closed")]
    public void Evaluate_StatedTime_ClosesAtThatTime(int hour, int minute, string status)
    {
        var sut = WithDeadline(Deadline(2026, 4, 15, new TimeOnly(12, 0), inclusive: false));

        var result = DeadlineTool.Evaluate(sut, At(2026, 4, 15, hour, minute, 2));

        Assert.Equal(status, result.Status);
        Assert.Equal(new DateOnly(2026, 4, 15), result.LastDay);
        Assert.Equal(new TimeOnly(12, 0), result.LastTime);
        Assert.Equal(new DateTimeOffset(2026, 4, 15, 12, 0, 0, TimeSpan.FromHours(2)), result.ClosesAt);
    }

    [Fact]
    public void Evaluate_StatedTimeOnTheLastDay_ClosesTodayWithHoursLeft()
    {
        var sut = WithDeadline(Deadline(2025, 10, 26, new TimeOnly(23, 59)));

        var result = DeadlineTool.Evaluate(sut, At(2025, 10, 26, 20, 0, 1));

        Assert.Equal("open", result.Status);
        Assert.True(result.ClosesToday);
        Assert.Equal(0, result.DaysLeft);
        Assert.Equal(4.0, result.HoursLeft);
    }

    [Fact]
    public void Evaluate_AcrossTheSpringClockChange_CountsRealHours()
    {
        // 28 March 2026 23:00 CET to 30 March 2026 23:59 CEST: 49 wall-clock hours, 48 real ones (29 March loses an hour).
        var sut = WithDeadline(Deadline(2026, 3, 30, new TimeOnly(23, 59)));

        var result = DeadlineTool.Evaluate(sut, At(2026, 3, 28, 23, 0, 1));

        Assert.Equal(2, result.DaysLeft);
        Assert.Equal(48.0, result.HoursLeft);
        Assert.Equal(TimeSpan.FromHours(2), result.ClosesAt!.Value.Offset);
    }

    [Fact]
    public void Evaluate_ClockAdvancingThroughTheClockChange_LosesOneHourPerHour()
    {
        var sut = WithDeadline(Deadline(2026, 3, 30, new TimeOnly(23, 59)));
        var clock = new FakeTimeProvider(At(2026, 3, 29, 0, 59, 1));
        var before = DeadlineTool.Evaluate(sut, clock.GetUtcNow());

        clock.Advance(TimeSpan.FromHours(2)); // 00:59 CET + 2h = 03:59 CEST
        var after = DeadlineTool.Evaluate(sut, clock.GetUtcNow());

        Assert.Equal(2.0, before.HoursLeft!.Value - after.HoursLeft!.Value, 6);
        Assert.Equal(1, after.DaysLeft);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 59, 0, TimeSpan.FromHours(2)), clock.GetUtcNow());
    }

    [Fact]
    public void Evaluate_AcrossTheAutumnClockChange_CountsRealHours()
    {
        // 24 October 2026 22:00 CEST to 25 October 2026 23:59:59 CET: 25 h 59 min 59 s on the wall clock, one more in real time.
        var sut = WithDeadline(Deadline(2026, 10, 25));

        var result = DeadlineTool.Evaluate(sut, At(2026, 10, 24, 22, 0, 2));

        Assert.Equal(1, result.DaysLeft);
        Assert.Equal(27.0, result.HoursLeft);
        Assert.Equal(TimeSpan.FromHours(1), result.ClosesAt!.Value.Offset);
    }

    [Fact]
    public void Evaluate_AcrossTheYearEnd_CountsCalendarDays()
    {
        var sut = WithDeadline(Deadline(2027, 1, 2));

        var result = DeadlineTool.Evaluate(sut, At(2026, 12, 31, 18, 0, 1));

        Assert.Equal("open", result.Status);
        Assert.Equal(2, result.DaysLeft);
    }

    [Fact]
    public void Evaluate_DeadlineOnNewYearsEveAskedInJanuary_IsClosed()
    {
        var sut = WithDeadline(Deadline(2025, 12, 31));

        var result = DeadlineTool.Evaluate(sut, At(2026, 1, 2, 9, 0, 1));

        Assert.Equal("closed", result.Status);
        Assert.Equal(-2, result.DaysLeft);
    }

    [Fact]
    public void Evaluate_LeapDay_IsALastDay()
    {
        var sut = WithDeadline(Deadline(2028, 3, 1, inclusive: false));

        var result = DeadlineTool.Evaluate(sut, At(2028, 2, 27, 9, 0, 1));

        Assert.Equal(new DateOnly(2028, 2, 29), result.LastDay);
        Assert.Equal(2, result.DaysLeft);
    }

    [Fact]
    public void Evaluate_InferredYear_IsReported()
    {
        var sut = WithDeadline(Deadline(2024, 4, 28, yearInferred: true));

        var result = DeadlineTool.Evaluate(sut, At(2025, 12, 1, 10, 0, 1));

        Assert.True(result.YearInferred);
        Assert.Equal("closed", result.Status);
    }

    [Fact]
    public void EarliestIssueDate_ThreeMonths_IsThreeMonthsBeforeTheLastDay()
    {
        var result = DeadlineTool.EarliestIssueDate(UntilDecember14, 3);

        Assert.Equal(new DateOnly(2025, 9, 14), result);
    }

    [Fact]
    public void EarliestIssueDate_ExclusiveDeadline_CountsFromTheLastDay()
    {
        var result = DeadlineTool.EarliestIssueDate(WithDeadline(Deadline(2026, 4, 15, inclusive: false)), 3);

        Assert.Equal(new DateOnly(2026, 1, 14), result);
    }

    [Fact]
    public void EarliestIssueDate_FromTheEndOfMay_ClampsToLeapDay()
    {
        var result = DeadlineTool.EarliestIssueDate(WithDeadline(Deadline(2028, 5, 31)), 3);

        Assert.Equal(new DateOnly(2028, 2, 29), result);
    }

    [Fact]
    public void EarliestIssueDate_NoDeadline_IsNull()
    {
        Assert.Null(DeadlineTool.EarliestIssueDate(WithDeadline(null), 3));
    }

    [Fact]
    public void ReservePeriod_FirstOfNextMonthRule_StartsTheMonthAfterTheReport()
    {
        var sut = new Reserve { ValidityYears = 3, StartRule = "first-of-next-month-after-final-report", Citation = Cite() };

        var result = DeadlineTool.ReservePeriod(sut, new DateOnly(2024, 5, 15));

        Assert.Equal((new DateOnly(2024, 6, 1), new DateOnly(2027, 5, 31)), result);
    }

    [Fact]
    public void ReservePeriod_FirstOfNextMonthRuleInDecember_StartsInJanuary()
    {
        var sut = new Reserve { ValidityYears = 2, StartRule = "first-of-next-month-after-final-report", Citation = Cite() };

        var result = DeadlineTool.ReservePeriod(sut, new DateOnly(2025, 12, 20));

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)), result);
    }

    [Fact]
    public void ReservePeriod_WithoutRule_StartsOnTheReportDate()
    {
        var sut = new Reserve { ValidityYears = 3, Citation = Cite() };

        var result = DeadlineTool.ReservePeriod(sut, new DateOnly(2024, 5, 15));

        Assert.Equal((new DateOnly(2024, 5, 15), new DateOnly(2027, 5, 14)), result);
    }

    [Fact]
    public void ReservePeriod_HalfYears_CountsMonths()
    {
        var sut = new Reserve { ValidityYears = 1.5m, Citation = Cite() };

        var result = DeadlineTool.ReservePeriod(sut, new DateOnly(2024, 1, 1));

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30)), result);
    }

    [Fact]
    public void ReservePeriod_NoValidity_IsNull()
    {
        Assert.Null(DeadlineTool.ReservePeriod(new Reserve { Extendable = true, Citation = Cite() }, new DateOnly(2024, 5, 15)));
    }
}
