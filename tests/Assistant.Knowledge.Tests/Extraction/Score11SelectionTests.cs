namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Steps listed in one sentence ("X en Y", "Je legt een X af … en een Y", "Er is een X … en een Y", "Een gesprek …,
/// gevolgd door een meeloopdag"), a mark in bare points ("minstens 60 nodig", "je moet 18/30 halen"), and an each-step
/// rule kept apart from the total's percentage in the same sentence. Invented employers and sentences.
/// </summary>
public sealed class Score11SelectionTests
{
    [Fact]
    public void Find_EachStepAndTotalInOneSentence_KeepsEachPercentage()
    {
        var facts = TestKnowledge.FromText("Medewerker onthaal\n\nSelectie\n\nJe legt een schriftelijke proef af op 50 punten (kennis van de werking en een korte schrijfopdracht) en een mondelinge proef op 50 punten. Je moet op elke proef minstens 50% halen en op het totaal minstens 60%.");

        Assert.Equal(["Schriftelijke proef", "Mondelinge proef"], facts.SelectionSteps.Select(s => s.Name).ToArray());
        Assert.Equal([50m, 50m], facts.SelectionSteps.Select(s => s.MaxPoints!.Value).ToArray());
        Assert.Equal(50m, facts.PassRules.Single(r => r.Kind == "each-step").Percent);
        Assert.Equal(60m, facts.PassRules.Single(r => r.Kind == "total").Percent);
    }

    [Fact]
    public void Find_HalfOnEachStepAndPercentOnTheWhole_EachStepIsHalf()
    {
        var facts = TestKnowledge.FromText("Begeleider opvang\n\nSelectie\n\nEr is een schriftelijke proef (situatievragen, 20 punten) en een mondelinge proef (30 punten). Je moet de helft van de punten halen op elke proef en 60% op het geheel.");

        Assert.Equal([20m, 30m], facts.SelectionSteps.Select(s => s.MaxPoints!.Value).ToArray());
        Assert.Equal(50m, facts.PassRules.Single(r => r.Kind == "each-step").Percent);
        Assert.Equal(60m, facts.PassRules.Single(r => r.Kind == "total").Percent);
    }

    [Fact]
    public void Find_LabelListingTwoSteps_GivesBoth()
    {
        var steps = TestKnowledge.FromText("Verzorgende\n\nSelectie\n\nPraktijkproef (een situatie naspelen) en mondelinge proef. Op elk onderdeel moet je 60% halen.").SelectionSteps;

        Assert.Equal(["Praktijkproef", "Mondelinge proef"], steps.Select(s => s.Name).ToArray());
    }

    [Fact]
    public void Find_EnglishHeadingAndChainedShadowDay_GivesInterviewAndShadowDay()
    {
        var steps = TestKnowledge.FromText("Verpleegkundige\n\nSelection\n\nEen gesprek met de hoofdverpleegkundige en een HR-medewerker, gevolgd door een meeloopdag op de dienst.").SelectionSteps;

        Assert.Equal(2, steps.Count);
        Assert.Equal("interview", steps[0].Kind);
        Assert.StartsWith("Meeloopdag", steps[1].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ScoreOutOfAHundredAndBareMinimum_IsTheInterviewsMark()
    {
        var steps = TestKnowledge.FromText("Dossierbehandelaar\n\nHoe verloopt de selectie?\n\nWie geen diploma heeft, legt daarna online een redeneertest af waarop minstens 50% nodig is. Vervolgens nodigen we alle toegelaten kandidaten uit voor een gesprek. Voor dat gesprek krijg je een score op 100 en heb je minstens 60 nodig om in de werfreserve te komen.").SelectionSteps;

        var interview = steps.Single(s => s.Kind == "interview");
        Assert.Equal((100m, 60m), (interview.MaxPoints!.Value, interview.PassMark!.Points!.Value));
        Assert.Null(steps.Single(s => s.Kind == "capacity-test").MaxPoints);
    }

    [Fact]
    public void Find_MustScorePointsWithoutMinimumWord_IsTheStepsMark()
    {
        var steps = TestKnowledge.FromText("Woonconsulent\n\nSelectie\n\n1. Schriftelijke proef – op 30 punten; je moet 18/30 halen.\n2. Sollicitatiegesprek – op 70 punten; je moet 42/70 halen.").SelectionSteps;

        Assert.Equal([18m, 42m], steps.Select(s => s.PassMark!.Points!.Value).ToArray());
    }

    [Fact]
    public void Find_TableUnderSelectieOnderdeelHeader_NamesStepsByTheOnderdeelColumn()
    {
        var steps = TestKnowledge.FromText("Deskundige\n\nSelectie\n\nSelectie onderdeel: inhoud: punten\nSchriftelijke proef: uitwerken van 2 dossiers: /60\nMondelinge proef: presentatie van de schriftelijke proef + interview: /40").SelectionSteps;

        Assert.Equal(["Schriftelijke proef", "Mondelinge proef"], steps.Select(s => s.Name).ToArray());
    }
}
