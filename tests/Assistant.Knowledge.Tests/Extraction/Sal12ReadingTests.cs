using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Salary facts in forms seen in unseen documents: a space-aligned hourly wage table run together into one line, seniority
/// rows on one line with the currency written once, "minimale/maximale jaarwedde" as bounds, and a cap on experience "buiten
/// de overheid" in a sentence broken over two lines.
/// </summary>
public sealed class Sal12ReadingTests
{
    [Fact]
    public void Find_AgeWageRowsRunTogether_EachRowIsAnHourlyWageWithItsAges()
    {
        var sut = TestKnowledge.FromText("""
            Jobstudenten speelpleinwerking

            Wat bieden we?

            Je uurloon hangt af van je leeftijd:

               leeftijd        bruto uurloon
               16 jaar         11,20
               17 jaar         12,10
               20 jaar e.o.    14,30
            """).Salary!;

        Assert.Equal(SalaryPeriod.Hour, sut.Period);
        Assert.Equal((11.20m, 14.30m), (sut.Min!.Value, sut.Max!.Value));
        Assert.Contains(sut.Published, p => p.Amount == 12.10m && p.MinAge == 17 && p.MaxAge == 17);
        Assert.Contains(sut.Published, p => p.Amount == 14.30m && p.MinAge == 20 && p.MaxAge is null);
    }

    [Fact]
    public void Find_ExtraPerHourForAGroup_IsASupplementNotAWage()
    {
        var sut = TestKnowledge.FromText("""
            Jobstudenten speelpleinwerking

            Wat bieden we?

            Je uurloon: 17 jaar: € 12,10 en 18 jaar: € 12,90.
            Studenten die vorig jaar al bij ons werkten, krijgen 0,40 extra per uur.
            """).Salary!;

        var supplement = Assert.Single(sut.Supplements);
        Assert.Equal(0.40m, supplement.Amount);
        Assert.Contains("vorig jaar", supplement.Label, StringComparison.Ordinal);
        Assert.Equal(12.10m, sut.Min);
    }

    [Fact]
    public void Find_SeniorityRowsWithOneCurrency_EachPairIsAPoint()
    {
        var sut = TestKnowledge.FromText("""
            Deskundige (m/v/x)

            Verloning

            Schaal B1-B3: van 3.100,00 euro tot 4.900,00 euro bruto per maand (geïndexeerd, voltijds).
            Indicatief, bruto per maand: 0 jaar 3.100,00 – 4 jaar 3.420,50 – 8 jaar 3.800,25 – maximum 4.900,00 euro.
            """).Salary!;

        Assert.Equal((3100m, 4900m), (sut.Min!.Value, sut.Max!.Value));
        Assert.Contains(sut.Published, p => p.Amount == 3420.50m && p.SeniorityYears == 4);
        Assert.Contains(sut.Published, p => p.Amount == 3800.25m && p.SeniorityYears == 8);
    }

    [Fact]
    public void Find_MinimaleEnMaximaleJaarwedde_AreTheBounds()
    {
        var sut = TestKnowledge.FromText("""
            Attaché (m/v/x)

            Aanbod

            Je start met een minimale bruto jaarwedde van 25.000,00 EUR aan index 100 en een maximale bruto jaarwedde van 40.000,00 EUR aan index 100.
            """).Salary!;

        Assert.Contains(sut.Published, p => p.Amount == 25000m && p.Bound == "min");
        Assert.Contains(sut.Published, p => p.Amount == 40000m && p.Bound == "max");
    }

    [Fact]
    public void Find_CapOutsideGovernmentBrokenOverLines_IsThePrivateCap()
    {
        var sut = TestKnowledge.FromText("""
            Deskundige (m/v/x)

            Verloning

            Schaal A1a-A3a: van 4.000,00 euro tot 6.500,00 euro bruto per maand (geïndexeerd). Relevante ervaring buiten de overheid wordt

            meegeteld voor maximaal 8 jaar. Daarnaast: maaltijdcheques.
            """).Salary!;

        var cap = Assert.Single(sut.Caps);
        Assert.Equal(("private", 8), (cap.Kind, cap.MaxYears));
    }
}
