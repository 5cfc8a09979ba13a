using Assistant.Knowledge.Cleaning;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A step table whose first row starts with a heading word ("Praktische proef …: 50: 30") and whose total row gives
/// points ("Totaal: 80: 48"); a table's header row of column labels ("Proef Punten Minimum") laid out as a line;
/// plain-text "&gt;" bullets. Invented employers and sentences.
/// </summary>
public sealed class Score12SelectionTests
{
    [Fact]
    public void Find_TableRowStartingWithAHeadingWord_IsAStepAndTheTotalRowInPointsIsTheTotalRule()
    {
        var facts = TestKnowledge.FromText("Chauffeur\n\nSelectie\n\nProef: Max.: Minimum om te slagen\nPraktische proef (rijden met de wagen): 50: 30\nMondelinge proef: 30: 15\nTotaal: 80: 48");

        Assert.Equal(2, facts.SelectionSteps.Count);
        Assert.Equal([30m, 15m], facts.SelectionSteps.Select(s => s.PassMark!.Points!.Value).ToArray());
        Assert.Equal(60m, facts.PassRules.Single(r => r.Kind == "total").Percent);
    }

    [Fact]
    public void Find_StepsAsAngleBracketBullets_GivesEachStepItsMark()
    {
        var facts = TestKnowledge.FromText("Medewerker loket\n\nSELECTIEPROCEDURE\n\n  > Schriftelijke proef (op 50 punten): casussen uit de praktijk. Je moet minstens 25/50 halen.\n  > Mondelinge proef (op 50 punten): gesprek over je motivatie. Je moet minstens 30/50 halen.\n  > Om te slagen heb je bovendien minstens 60% op het totaal nodig.");

        Assert.Equal([25m, 30m], facts.SelectionSteps.Select(s => s.PassMark!.Points!.Value).ToArray());
        Assert.Equal(60m, facts.PassRules.Single(r => r.Kind == "total").Percent);
    }

    [Theory]
    [InlineData("Proef Punten Minimum")]
    [InlineData("Onderdeel Maximum Minimum")]
    [InlineData("Praktische proef (rijden met de wagen): 50: 30")]
    public void IsHeading_TableRowLaidOutAsALine_IsNoHeading(string line)
    {
        Assert.False(Sectioner.IsHeading(line, new HashSet<string>(), standsAlone: true, followedByBlank: true));
    }

    [Fact]
    public void Clean_AngleBracketBeforeAWord_IsABullet()
    {
        Assert.Equal("- Maaltijdcheques van 8 euro.\n- Fietsvergoeding.", TextCleaner.Clean("  > Maaltijdcheques van 8 euro.\n  > Fietsvergoeding."));
    }
}
