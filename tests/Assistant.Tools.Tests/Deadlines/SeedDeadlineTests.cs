using Assistant.Tools.Deadlines;
using static Assistant.Tools.Tests.SeedKnowledge;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Deadlines;

/// <summary>The seed vacancies' deadlines, as extracted by the real pipeline, at the moments the candidates ask.</summary>
public class SeedDeadlineTests
{
    [Fact]
    public void Evaluate_AntwerpenInJanuary_HasTwelveDaysLeft()
    {
        var result = DeadlineTool.Evaluate(Seed("provincie-antwerpen"), At(2026, 1, 20, 9, 0, 1));

        Assert.Equal("open", result.Status);
        Assert.Equal(new DateOnly(2026, 2, 1), result.LastDay);
        Assert.Equal(12, result.DaysLeft);
    }

    [Fact]
    public void Evaluate_KamerOnTheLastEvening_IsOpenAndClosesTodayAt2359()
    {
        var result = DeadlineTool.Evaluate(Seed("kamer"), At(2025, 10, 26, 22, 0, 1));

        Assert.Equal("open", result.Status);
        Assert.True(result.ClosesToday);
        Assert.Equal(0, result.DaysLeft);
        Assert.Equal(new TimeOnly(23, 59), result.LastTime);
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 23, 59, 0, TimeSpan.FromHours(1)), result.ClosesAt);
    }

    [Fact]
    public void Evaluate_KamerInDecember_IsClosed()
    {
        var result = DeadlineTool.Evaluate(Seed("kamer"), LoadedAt);

        Assert.Equal("closed", result.Status);
        Assert.Equal(new DateOnly(2025, 10, 26), result.LastDay);
    }

    [Fact]
    public void Evaluate_HarelbekeOnTheEvalClock_IsOpenUntilDecember14()
    {
        var result = DeadlineTool.Evaluate(Seed("harelbeke"), LoadedAt);

        Assert.Equal("open", result.Status);
        Assert.Equal(new DateOnly(2025, 12, 14), result.LastDay);
        Assert.Equal(13, result.DaysLeft);
    }

    [Fact]
    public void Evaluate_Kortrijk_IsNotStated()
    {
        var result = DeadlineTool.Evaluate(Seed("kortrijk"), LoadedAt);

        Assert.Equal("not-stated", result.Status);
    }

    [Fact]
    public void Evaluate_Lievegem_IsClosedWithTheYearInferred()
    {
        var result = DeadlineTool.Evaluate(Seed("lievegem"), LoadedAt);

        Assert.Equal("closed", result.Status);
        Assert.True(result.YearInferred);
        Assert.Equal(new DateOnly(2024, 4, 28), result.LastDay);
    }

    [Fact]
    public void EarliestIssueDate_LievegemCriminalRecord_IsThreeMonthsBeforeTheLastDay()
    {
        var sut = Seed("lievegem");
        var months = sut.Requirements.General.Single(g => g.Kind == "conduct").MaxAgeMonths!.Value;

        Assert.Equal(new DateOnly(2024, 1, 28), DeadlineTool.EarliestIssueDate(sut, months));
    }

    [Fact]
    public void ReservePeriod_Lievegem_StartsTheFirstOfTheMonthAfterTheReport()
    {
        var result = DeadlineTool.ReservePeriod(Seed("lievegem").Reserve!, new DateOnly(2024, 6, 20));

        Assert.Equal((new DateOnly(2024, 7, 1), new DateOnly(2027, 6, 30)), result);
    }

    [Fact]
    public void Dates_HarelbekeOralTest_AreTwoAlternativeMornings()
    {
        var result = ScheduleTool.Dates(Seed("harelbeke"), LoadedAt, "oral");

        Assert.Equal([new DateOnly(2026, 1, 8), new DateOnly(2026, 1, 9)], result.Select(d => d.Date.Date));
        Assert.All(result, d => Assert.Contains("morning", d.Date.Qualifiers));
    }
}
