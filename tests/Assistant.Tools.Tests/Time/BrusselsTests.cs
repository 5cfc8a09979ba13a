using Assistant.Tools.Time;

namespace Assistant.Tools.Tests.Time;

public class BrusselsTests
{
    [Theory]
    [InlineData(2026, 1, 15, 1)]
    [InlineData(2026, 7, 15, 2)]
    public void Instant_WinterAndSummer_UsesCetAndCest(int year, int month, int day, int offset)
    {
        var result = Brussels.Instant(new DateOnly(year, month, day), new TimeOnly(12, 0));

        Assert.Equal(TimeSpan.FromHours(offset), result.Offset);
        Assert.Equal(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(offset)), result);
    }

    [Fact]
    public void Instant_TimeSkippedBySummerTime_MovesForward()
    {
        // On 29 March 2026 the clock jumps from 02:00 to 03:00.
        var result = Brussels.Instant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), result);
    }

    [Fact]
    public void Today_LateEveningUtc_IsTheNextDayInBrussels()
    {
        Assert.Equal(new DateOnly(2026, 1, 1), Brussels.Today(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Today_SummerEveningUtc_IsTheNextDayInBrussels()
    {
        Assert.Equal(new DateOnly(2026, 7, 2), Brussels.Today(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Local_Instant_IsTheBrusselsWallClock()
    {
        var result = Brussels.Local(new DateTimeOffset(2025, 10, 26, 21, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTime(2025, 10, 26, 22, 0, 0), result);
    }
}
