using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Hourly wages (student jobs): per age or per function, a supplement per hour is no wage, monthly pay wins.</summary>
public sealed class HourlyWageTests
{
    [Fact]
    public void Find_HourlyWagePerAgeTable_GivesHourlyPointsWithTheirAges()
    {
        var sut = TestKnowledge.FromText("""
            Monitor speelpleinwerking

            Loon

            Je bruto uurloon hangt af van je leeftijd:

            | leeftijd | bruto uurloon |
            |---|---|
            | 16–17 jaar | € 12,40 |
            | 18–19 jaar | € 13,05 |
            | 20 jaar en ouder | € 14,60 |

            Hoofdmonitoren krijgen bovenop hun uurloon een toeslag van € 2,00 per uur.
            """).Salary!;

        Assert.Equal((SalaryPeriod.Hour, 12.40m, 14.60m), (sut.Period, sut.Min!.Value, sut.Max!.Value));
        Assert.Equal(3, sut.Published.Count);
        Assert.Equal(((int?)18, (int?)19), (sut.Published[1].MinAge, sut.Published[1].MaxAge));
        Assert.Equal(((int?)20, (int?)null), (sut.Published[2].MinAge, sut.Published[2].MaxAge));
    }

    [Fact]
    public void Find_HourlyWageInASentence_IsAnHourlyWage()
    {
        var sut = TestKnowledge.FromText("Redder zwembad\n\nWat bieden we?\n\nJe verdient € 15,80 bruto per uur, met een toeslag van € 1,20 per uur op zondag.").Salary!;

        Assert.Equal((SalaryPeriod.Hour, 15.80m, 15.80m), (sut.Period, sut.Min!.Value, sut.Max!.Value));
    }

    [Fact]
    public void Find_MonthlyPayWithAnHourlyAllowance_StaysMonthly()
    {
        var sut = TestKnowledge.FromText("Tuinier\n\nWat bieden we?\n\nEen bruto maandloon tussen € 2.600,00 en € 3.700,00. Overuren worden vergoed aan € 22,00 per uur.").Salary!;

        Assert.Equal((SalaryPeriod.Month, 2600m, 3700m), (sut.Period, sut.Min!.Value, sut.Max!.Value));
    }
}
