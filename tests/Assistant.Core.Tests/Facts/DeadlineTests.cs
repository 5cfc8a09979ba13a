using Assistant.Core.Facts;

namespace Assistant.Core.Tests.Facts;

public sealed class DeadlineTests
{
    private static readonly Citation Cite = new("v", "d", "s", "q", 0, 1);

    [Fact]
    public void LastDay_Inclusive_IsTheDateItself()
    {
        Assert.Equal(new DateOnly(2025, 12, 14), new Deadline(new DateOnly(2025, 12, 14), null, true, false, Cite).LastDay);
    }

    [Fact]
    public void LastDay_Before_IsTheDayBefore()
    {
        Assert.Equal(new DateOnly(2026, 4, 14), new Deadline(new DateOnly(2026, 4, 15), null, false, false, Cite).LastDay);
    }

    [Fact]
    public void LastDay_BeforeFirstOfMarchInLeapYear_IsTheLeapDay()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), new Deadline(new DateOnly(2028, 3, 1), null, false, false, Cite).LastDay);
    }
}
