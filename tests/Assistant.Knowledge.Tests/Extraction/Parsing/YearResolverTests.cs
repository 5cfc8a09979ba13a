using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Tests.Extraction.Parsing;

public sealed class YearResolverTests
{
    private static readonly DateOnly Today = new(2025, 12, 1);

    [Fact]
    public void Resolve_WeekdayAndNeighbouringDates_PicksMatchingYear()
    {
        var sut = YearResolver.Resolve(DutchDates.Find("tot zondag 28 april; gesprek op woensdag 15 mei 2024 en 12 juni 2024"), Today);
        Assert.Equal(new DateOnly(2024, 4, 28), sut[0].Date);
        Assert.True(sut[0].YearInferred);
    }

    [Fact]
    public void Resolve_NoYearsInDocument_UsesWeekdayNearToday()
    {
        var sut = YearResolver.Resolve(DutchDates.Find("onder voorbehoud op dinsdag 10 december"), Today);
        Assert.Equal(new DateOnly(2024, 12, 10), Assert.Single(sut).Date);
    }

    [Fact]
    public void Resolve_StrayOldDate_DoesNotPullTheYear()
    {
        var sut = YearResolver.Resolve(DutchDates.Find("besluit van 22 mei 1996; opendeur op 21 juli; test 24 november 2025; gesprek 8 december 2025"), Today);
        Assert.Equal(new DateOnly(2025, 7, 21), sut.Single(d => d.Month == 7).Date);
    }

    [Fact]
    public void Resolve_LeapDayWithoutYear_PicksALeapYear()
    {
        var sut = YearResolver.Resolve(DutchDates.Find("op 29 februari"), new DateOnly(2027, 6, 1));
        Assert.True(DateTime.IsLeapYear(Assert.Single(sut).Date!.Value.Year));
    }
}
