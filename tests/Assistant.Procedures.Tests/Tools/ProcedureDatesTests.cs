using Assistant.Procedures.Facts;
using Assistant.Procedures.Tools;

namespace Assistant.Procedures.Tests.Tools;

public sealed class ProcedureDatesTests
{
    private static readonly DateOnly[] Closed = [new(2030, 3, 4), new(2030, 3, 5)];

    [Fact]
    public void EarliestClosing_LastDayOnClosingDays_MovesToTheNextWorkday()
    {
        var rule = new PeriodRule { StartsSameDay = false, ShiftToWorkday = true, ClosingDays = true };

        var sut = ProcedureDates.EarliestClosing(new DateOnly(2030, 2, 22), new Duration(10, "day", "min", 0), rule, Closed);

        Assert.Equal((new DateOnly(2030, 3, 6), new DateOnly(2030, 3, 4), new DateOnly(2030, 2, 23)), (sut.Date, sut.Unshifted, sut.FirstDay));
        Assert.Equal([new DateOnly(2030, 3, 4), new DateOnly(2030, 3, 5)], sut.Skipped);
    }

    [Fact]
    public void EarliestClosing_PublicationDayCounts_EndsOneDayEarlier()
    {
        var rule = new PeriodRule { StartsSameDay = true };

        var sut = ProcedureDates.EarliestClosing(new DateOnly(2030, 2, 22), new Duration(2, "week", null, 0), rule, []);

        Assert.Equal(new DateOnly(2030, 3, 7), sut.Date);
        Assert.False(sut.DefaultRule);
    }

    [Fact]
    public void EarliestClosing_WeekendWithoutShiftRule_StaysOnTheWeekend()
    {
        var sut = ProcedureDates.EarliestClosing(new DateOnly(2030, 2, 22), new Duration(1, "day", null, 0), new PeriodRule(), []);

        Assert.Equal(new DateOnly(2030, 2, 23), sut.Date);
        Assert.True(sut.DefaultRule);
    }

    [Fact]
    public void EarliestClosing_WorkingDays_SkipWeekendsAndClosingDays()
    {
        var rule = new PeriodRule { StartsSameDay = false, ClosingDays = true };

        var sut = ProcedureDates.EarliestClosing(new DateOnly(2030, 3, 1), new Duration(3, "workday", null, 0), rule, Closed);

        Assert.Equal(new DateOnly(2030, 3, 8), sut.Date);
    }

    [Theory]
    [InlineData("day-before", 2030, 5, 9)]
    [InlineData("same-day", 2030, 5, 10)]
    [InlineData("end-of-month", 2030, 5, 31)]
    [InlineData(null, 2030, 5, 9)]
    public void PeriodEnd_EndRule_GivesTheLastDay(string? end, int y, int m, int d)
    {
        var sut = ProcedureDates.PeriodEnd(new DateOnly(2030, 1, 10), new Duration(4, "month", null, 0), new PeriodRule { End = end });

        Assert.Equal(new DateOnly(y, m, d), sut.Date);
        Assert.Equal(end is null, sut.DefaultRule);
    }

    [Fact]
    public void LatestExtension_TimesInMonthsOnYears_AddsUpInMonths()
    {
        var extension = new ExtensionFact(2, new Duration(6, "month", null, 0), null, "De raad", null!);

        var sut = ProcedureDates.LatestExtension(new DateOnly(2030, 1, 1), new Duration(3, "year", null, 0), extension, new PeriodRule { End = "day-before" });

        Assert.Equal(new DateOnly(2033, 12, 31), sut!.Date);
    }

    [Fact]
    public void LatestExtension_MaximumTotal_WinsOverTheTimes()
    {
        var extension = new ExtensionFact(null, new Duration(1, "year", null, 0), new Duration(3, "year", null, 0), null, null!);

        var sut = ProcedureDates.LatestExtension(new DateOnly(2030, 4, 20), new Duration(1, "year", null, 0), extension, new PeriodRule { End = "day-before" });

        Assert.Equal(new DateOnly(2033, 4, 19), sut!.Date);
    }

    [Fact]
    public void LatestExtension_UnlimitedWithoutTotal_IsNotComputed()
    {
        var extension = new ExtensionFact(null, new Duration(1, "year", null, 0), null, null, null!);

        Assert.Null(ProcedureDates.LatestExtension(new DateOnly(2030, 1, 1), new Duration(1, "year", null, 0), extension, new PeriodRule()));
    }
}
