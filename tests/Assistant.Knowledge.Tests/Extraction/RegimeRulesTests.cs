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
    [InlineData("Contractueel, onbepaalde duur, 0,8 VTE.", 0.8)]
    [InlineData("Werkregime: 0.5 FTE in een glijdend uurrooster.", 0.5)]
    [InlineData("Tewerkstelling VTE 0,75 met start in maart.", 0.75)]
    [InlineData("Je werkt 30u24 per week, verspreid over vier dagen.", 0.8)]
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

    [Theory]
    [InlineData("Het maandloon voor een voltijdse betrekking ligt tussen € 2.500 en € 3.500; je krijgt het pro rata.")]
    [InlineData("Omgerekend naar voltijds verdien je € 2.500 tot € 3.500 bruto per maand.")]
    [InlineData("Bij een voltijdse tewerkstelling bedraagt je brutoloon € 2.500.")]
    public void FindRegime_FullTimeAsTheMeasureOfThePay_DoesNotHideThePartTimeShare(string payLine)
    {
        var sut = TestKnowledge.FromText($"Kok\n\nContractueel - deeltijds 0,6 VTE\n\nAanbod\n\n{payLine}").Regime!;
        Assert.Equal(0.6m, sut.Fraction);
        Assert.False(sut.FullTime);
    }

    [Fact]
    public void FindRegime_OnlyFullTimeAsTheMeasureOfThePay_GivesNoFraction()
    {
        var sut = TestKnowledge.FromText("Kok\n\nAanbod\n\nHet maandloon voor een voltijdse betrekking ligt tussen € 2.500 en € 3.500.");
        Assert.Null(sut.Regime?.Fraction);
        Assert.NotEqual(true, sut.Regime?.FullTime);
    }
}
