namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Working regime: the part-time fraction with its citation.</summary>
public sealed class RegimeRulesTests
{
    [Theory]
    [InlineData("Het gaat om een halftijdse betrekking.", 0.5)]
    [InlineData("Deeltijds (19/38).", 0.5)]
    [InlineData("Je werkt 4/5de.", 0.8)]
    [InlineData("Tewerkstelling: 4/5", 0.8)]
    [InlineData("Je werkt in een deeltijds regime van 80%.", 0.8)]
    [InlineData("Deeltijds (50%) contract van onbepaalde duur.", 0.5)]
    [InlineData("Prestaties: 30,4/38", 0.8)]
    [InlineData("Je werkt 28,5 uur per week.", 0.75)]
    [InlineData("Het betreft een voltijdse job (38/38).", 1)]
    [InlineData("Voltijds contract van onbepaalde duur.", 1)]
    [InlineData("Contract: voltijds (38 uur per week); 4/5 is bespreekbaar.", 1)]
    [InlineData("Een voltijdse betrekking, eventueel 80% na overleg.", 1)]
    [InlineData("Een halftijdse job, voltijds werken is ook mogelijk.", 0.5)]
    [InlineData("Opdracht: 11/22 (11 lesuren per week), tijdelijk.", 0.5)]
    [InlineData("Een opdracht van 18/24 lestijden in het lager onderwijs.", 0.75)]
    public void FindRegime_PartTimeForms_GiveTheFraction(string sentence, double fraction)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nAanbod\n\n{sentence}").Regime!;
        Assert.Equal((decimal)fraction, sut.Fraction);
        Assert.Equal(sentence, sut.FractionCitation?.Quote);
        Assert.Equal(fraction >= 1, sut.FullTime);
    }

    [Theory]
    [InlineData("Je behaalt minstens 60% op elke proef.")]
    [InlineData("Je salaris aan 100% bedraagt € 17.300.")]
    [InlineData("Solliciteren kan tot 4/5/2027.")]
    [InlineData("Voor de proef van twee uur moet je minstens 12/20 behalen.")]
    public void FindRegime_PercentagesAndDatesThatAreNoRegime_GiveNoFraction(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nAanbod\n\n{sentence}");
        Assert.Null(sut.Regime?.Fraction);
    }

    [Fact]
    public void FindRegime_HoursOutOf38WithDecimals_GivesHours()
    {
        var sut = TestKnowledge.FromText("Boekhouder\n\nAanbod\n\nDeeltijdse betrekking (30,4/38).").Regime!;
        Assert.Equal(30.4m, sut.HoursPerWeek);
        Assert.False(sut.FullTime);
    }
}
