using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Pass marks stated apart from the step list (a table column named in words with its "Totaal" row, a mark line right
/// under a step, "min. 50%", "50% als minimum"), each-step marks in points, steps that prose leads to, a mark that points
/// back ("daarop"), and a selection label run into another section's text. Invented employers and sentences.
/// </summary>
public sealed class Score9SelectionTests
{
    [Theory]
    [InlineData("Onderdeel: Punten: Minimum om te slagen")]
    [InlineData("Proef: Max. punten: Vereiste minimumscore")]
    [InlineData("Selectieonderdeel: Punten: Slaaggrens (%)")]
    public void Find_MarkColumnNamedInWords_ReadsEachRowAndTheTotalRow(string header)
    {
        var facts = TestKnowledge.FromText($"Deskundige jeugd\n\nDe selectie\n\n{header}\nSchriftelijke proef: 40: 50%\nMondelinge proef: 60: 60%\nTotaal: 100: 65%");

        Assert.Equal([50m, 60m], facts.SelectionSteps.Select(s => s.PassMark!.Percent!.Value).ToArray());
        Assert.Equal([40m, 60m], facts.SelectionSteps.Select(s => s.MaxPoints!.Value).ToArray());
        Assert.Equal(65m, facts.PassRules.Single(r => r.Kind == "total").Percent);
    }

    [Fact]
    public void Find_TableWithoutTotalRow_HasNoTotalRule()
    {
        var facts = TestKnowledge.FromText("Deskundige jeugd\n\nDe selectie\n\nOnderdeel: Punten: Minimum om te slagen\nSchriftelijke proef: 40: 50%\nMondelinge proef: 60: 60%");

        Assert.DoesNotContain(facts.PassRules, r => r.Kind == "total");
    }

    [Theory]
    [InlineData("- Praktijkproef in het atelier – dinsdag 9 maart 2027 – min. 50%", 50)]
    [InlineData("- Praktijkproef in het atelier (9 maart 2027). 55% geldt als minimum.", 55)]
    [InlineData("- Praktijkproef in het atelier, 9 maart 2027; de drempel ligt op 45%.", 45)]
    public void Find_MarkWrittenAsAbbreviationOrAfterTheNumber_IsTheStepsMark(string item, int percent)
    {
        var step = TestKnowledge.FromText($"Deskundige jeugd\n\nSelectie\n\n{item}\n- Sollicitatiegesprek").SelectionSteps[0];

        Assert.Equal(percent, step.PassMark!.Percent);
    }

    [Theory]
    [InlineData("Ook hier geldt 50% als minimum.")]
    [InlineData("Ook voor dit onderdeel is minstens 50% vereist.")]
    public void Find_MarkLineRightUnderAStep_IsThatStepsMark(string note)
    {
        var steps = TestKnowledge.FromText($"Deskundige jeugd\n\nSelectie\n\n- Schriftelijke proef (case) - week van 1 maart 2027. Je moet minstens 60% behalen.\n- Mondelinge proef (gesprek over je case) - 16 maart 2027.\n{note}\nGeslaagd ben je met 65% op het totaal.").SelectionSteps;

        Assert.Equal([60m, 50m], steps.Select(s => s.PassMark!.Percent!.Value).ToArray());
    }

    [Fact]
    public void Find_MarkLineUnderAStepForEveryStep_IsNoOneStepsMark()
    {
        var facts = TestKnowledge.FromText("Deskundige jeugd\n\nSelectie\n\n- Schriftelijke proef (case) - 1 maart 2027.\n- Mondelinge proef - 16 maart 2027.\nOp elke proef geldt 50% als minimum.");

        Assert.Null(facts.SelectionSteps[1].PassMark);
        Assert.Equal(50m, facts.PassRules.Single(r => r.Kind == "each-step").Percent);
    }

    [Theory]
    [InlineData("Je moet voor elke proef minstens 30 op 50 halen.")]
    [InlineData("Per proef is een minimum van 12/20 vereist om te slagen.")]
    public void Find_EachStepMarkInPoints_IsAShareOfEveryStep(string sentence)
    {
        var facts = TestKnowledge.FromText($"Deskundige jeugd\n\nSelectie\n\n- Praktische proef (op 50 punten).\n- Sollicitatiegesprek (op 50 punten).\n{sentence}");

        Assert.Equal(60m, facts.PassRules.Single(r => r.Kind == "each-step").Percent);
    }

    [Theory]
    [InlineData("Wie voldoet, nodigen we uit voor een schriftelijke proef op 6 maart 2027. Wie daarop minstens de helft haalt, mag naar het gesprek met de jury op 20 maart 2027. Je bent geslaagd als je over beide proeven samen 60 procent behaalt.")]
    [InlineData("Eerst volgt een schriftelijke proef op 6 maart 2027. Haal je daarop minstens 50%, dan ga je door naar het interview met de commissie op 20 maart 2027. Samen moet je minstens 60 procent halen.")]
    public void Find_StepsNamedInProse_EachGetsItsOwnDateAndMark(string paragraph)
    {
        var facts = TestKnowledge.FromText($"Deskundige jeugd\n\nHoe verloopt de selectie?\n\n{paragraph}");

        Assert.Equal(2, facts.SelectionSteps.Count);
        Assert.Equal([6, 20], facts.SelectionSteps.Select(s => s.Dates.Single().Date.Day).ToArray());
        Assert.Equal(50m, facts.SelectionSteps[0].PassMark!.Percent);
        Assert.NotEqual(60m, facts.SelectionSteps[1].PassMark?.Percent);
        Assert.Equal(60m, facts.PassRules.Single(r => r.Kind == "total").Percent);
    }

    [Fact]
    public void Find_SelectionLabelRunIntoTheConditionsSection_ReadsTheSteps()
    {
        var facts = TestKnowledge.FromText("Ingenieur\n\nVoorwaarden / Conditions\n\nJe hebt een masterdiploma.\nSelectieprocedure / Procédure de sélection 1.Screening van cv.\n2. Schriftelijke proef – op 20 punten, geslaagd vanaf 12/20.\n3. Mondelinge proef – op 40 punten, geslaagd vanaf 24/40.");

        Assert.Equal([60m, 60m], facts.SelectionSteps.Where(s => s.Kind is "written" or "oral").Select(s => s.PassMark!.Percent!.Value).ToArray());
    }
}
