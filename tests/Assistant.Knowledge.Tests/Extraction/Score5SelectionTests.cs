namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Selection facts: a step's points when its sentence discusses another step, and ranking rules that decide who goes on.</summary>
public sealed class Score5SelectionTests
{
    private const string Doc = """
        Deskundige sport

        Selectieprocedure

        1. Thuisopdracht

        Je werkt thuis een case uit over een sportpark (op 40 punten).

        2. Mondelinge proef

        Een gesprek over je thuisopdracht en je motivatie (op 80 punten).

        De 12 best gerangschikte kandidaten van de thuisopdracht worden uitgenodigd voor de mondelinge proef.
        """;

    [Fact]
    public void Find_StepSentenceAboutAnotherStep_KeepsItsPointsForItsOwnStep()
    {
        var steps = TestKnowledge.FromText(Doc).SelectionSteps;

        Assert.Equal((40m, 80m), (steps.Single(s => s.Kind == "assignment").MaxPoints!.Value, steps.Single(s => s.Kind == "oral").MaxPoints!.Value));
    }

    [Theory]
    [InlineData("De 12 best gerangschikte kandidaten van de thuisopdracht worden uitgenodigd voor de mondelinge proef.", 12)]
    [InlineData("Enkel de 8 beste kandidaten gaan door naar het interview.", 8)]
    [InlineData("De beste vijf kandidaten van de schriftelijke proef gaan door naar de mondelinge proef.", 5)]
    [InlineData("Alleen de 15 best gerangschikten per regio gaan door naar de volgende proef.", 15)]
    [InlineData("Daarna worden de twintig hoogst geplaatste deelnemers uitgenodigd voor een gesprek.", 20)]
    [InlineData("Slechts de tien besten mogen naar het assessment.", 10)]
    [InlineData("De 6 kandidaten met de hoogste score krijgen een uitnodiging voor het interview.", 6)]
    public void Find_RankingRule_IsATopNRule(string sentence, int count)
    {
        var rules = TestKnowledge.FromText($"Deskundige sport\n\nSelectieprocedure\n\nSchriftelijke proef (op 50 punten).\n\n{sentence}").PassRules;

        Assert.Equal(count, rules.Single(r => r.Kind == "top-n").Count);
    }

    [Theory]
    [InlineData("Voor elke stap moet je minstens 60/100 behalen.", 60)]
    [InlineData("Per selectieronde heb je minimaal 50% nodig om verder te gaan.", 50)]
    [InlineData("Je moet op ieder luik minstens 12/20 halen.", 60)]
    [InlineData("In elke module moet je ten minste 55 procent halen.", 55)]
    public void Find_MarkForEveryStepInOtherWords_IsAnEachStepRule(string sentence, int percent)
    {
        var rules = TestKnowledge.FromText($"Deskundige sport\n\nSelectieprocedure\n\nStap 1 - schriftelijke proef, op 100 punten.\n\nStap 2 - gesprek, op 100 punten.\n\n{sentence}").PassRules;

        Assert.Equal(percent, rules.Single(r => r.Kind == "each-step").Percent);
    }

    [Fact]
    public void Find_StepHeadingWithADashAndItsDate_NamesTheStepWithoutTheDash()
    {
        var steps = TestKnowledge.FromText("Deskundige sport\n\nSelectieprocedure\n\n## 1. Schriftelijke proef - zaterdag 6 maart 2027\n\nJe beantwoordt vragen over sportbeleid (op 50 punten).\n\n## 2. Mondelinge proef - in de week van 22 maart 2027\n\nJe stelt je motivatie voor aan de jury (op 50 punten).").SelectionSteps;

        Assert.Equal(["Schriftelijke proef", "Mondelinge proef"], steps.Select(s => s.Name).ToArray());
    }
}
