namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Selection steps read in layouts seen on unseen documents: list items wrapped over lines, a numbered step whose points
/// and pass mark follow on the next line, steps chained in one sentence, a head noun that decides the kind, a table whose
/// pass-mark column is called "Slaagnorm", and the return date of a take-home assignment.
/// </summary>
public sealed class Score7SelectionTests
{
    [Theory]
    [InlineData("- Schriftelijke proef (kennis van de regelgeving) op 80 punten;\nminimum 40 punten vereist. Zaterdag 6 maart 2027.", 40, 80)]
    [InlineData("- Schriftelijke proef over het dienstverleningsbeleid, op 50 punten\nwaarvan je minstens 30/50 moet behalen.", 30, 50)]
    [InlineData("1. Schriftelijke proef: zaterdag 6 maart 2027, voormiddag.\nOp 40 punten; je moet minstens de helft halen (20/40).", 20, 40)]
    public void Find_ItemContinuedOnTheNextLine_TakesThePassMarkOfThatLine(string item, int need, int max)
    {
        var step = TestKnowledge.FromText($"Deskundige sport\n\nSelectieprocedure\n\n{item}\n- Mondelinge proef: minstens 60% vereist.").SelectionSteps[0];

        Assert.Equal((need * 100m / max, max), (step.PassMark!.Percent!.Value, (int)step.MaxPoints!.Value));
    }

    [Fact]
    public void Find_ItemFollowedByAFinishedSentence_DoesNotTakeIt()
    {
        var steps = TestKnowledge.FromText("Deskundige sport\n\nSelectieprocedure\n\n- Schriftelijke proef op 50 punten.\n- Mondelinge proef op 50 punten.\nDe examencommissie beslist op 12 april 2027 wie minstens 60% behaalt.").SelectionSteps;

        Assert.Empty(steps[1].Dates);
    }

    [Theory]
    [InlineData("Praktische proef (een werkopdracht op de werf) op 40 punten, gevolgd door een sollicitatiegesprek op 60 punten.")]
    [InlineData("Schriftelijke proef (op 40 punten), daarna een sollicitatiegesprek (op 60 punten).")]
    [InlineData("Praktijkproef (op 40 punten), gevolgd door een selectiegesprek (op 60 punten).")]
    public void Find_StepsChainedInOneLabelSentence_AreEachASteps(string sentence)
    {
        var steps = TestKnowledge.FromText($"Deskundige sport\n\nSelectie\n\n{sentence} Om te slagen haal je 50% op elke proef.").SelectionSteps;

        Assert.Equal(2, steps.Count);
        Assert.Equal("interview", steps[1].Kind);
    }

    [Theory]
    [InlineData("Jurygesprek met presentatie van je opdracht", "interview")]
    [InlineData("Gesprek over je thuisopdracht", "interview")]
    [InlineData("Opdracht met een kort gesprek achteraf", "assignment")]
    [InlineData("Schriftelijke case", "written")]
    [InlineData("Mondelinge proef", "oral")]
    public void KindOf_TheHeadNounDecides(string name, string kind) =>
        Assert.Equal(kind, Assistant.Knowledge.Extraction.StepText.KindOf(name));

    [Theory]
    [InlineData("Situationele test en interviews", true)]
    [InlineData("Proefles & gesprek", true)]
    [InlineData("Schriftelijke proef en mondelinge proef", true)]
    [InlineData("Jurygesprek met presentatie van je opdracht", false)]
    [InlineData("Proef voor hout- en metaalbewerking", false)]
    [InlineData("Sollicitatiegesprek", false)]
    public void JoinsTwoSteps_ARowHoldingTwoTests_IsRecognised(string name, bool joins) =>
        Assert.Equal(joins, Assistant.Knowledge.Extraction.StepText.JoinsTwoSteps(name));

    [Theory]
    [InlineData("Proef: Inhoud: Slaagnorm")]
    [InlineData("Onderdeel: Omschrijving: Norm")]
    [InlineData("Selectie proef: Wat: Slaaggrens")]
    public void Find_TableWithANormColumn_ReadsEachRowsPassMark(string header)
    {
        var steps = TestKnowledge.FromText($"Deskundige sport\n\nSelectieprocedure\n\n{header}\nComputergestuurde proef: redeneren en basiskennis Excel: 50%\nInterview door de selectiecommissie: motivatie en klantgerichtheid: 60%").SelectionSteps;

        Assert.Equal([50m, 60m], steps.Select(s => s.PassMark!.Percent!.Value).ToArray());
    }

    [Theory]
    [InlineData("Je ontvangt de opdracht op 4 maart 2027 en stuurt ze terug tegen maandag 11 maart 2027 om 9 uur.")]
    [InlineData("We bezorgen je de opdracht op 4 maart 2027; je bezorgt ze terug vóór 11 maart 2027 om 9 uur.")]
    [InlineData("De opdracht wordt verstuurd op 4 maart 2027 en moet je indienen tegen 11 maart 2027 om 9 uur.")]
    public void Find_AssignmentSentAndReturned_GivesEachDateItsRole(string sentence)
    {
        var step = TestKnowledge.FromText($"Deskundige sport\n\nSelectie\n\n- Thuisopdracht (op 40 punten). {sentence}\n- Mondelinge proef (op 60 punten).").SelectionSteps[0];

        Assert.Equal("return-deadline", step.Dates.Single(d => d.Date.Day == 11).Role);
        Assert.NotEqual("return-deadline", step.Dates.Single(d => d.Date.Day == 4).Role);
    }

    [Theory]
    [InlineData("Er is 1 selectieproef: een praktijkgericht interview (situaties uit de praktijk) op 100 punten.", "interview")]
    [InlineData("Na screening van de kandidaturen volgt een selectiegesprek met een casus, afgenomen door twee directeurs.", "interview")]
    [InlineData("Wie weerhouden wordt, nodigen we uit voor een schriftelijke proef over de regelgeving.", "written")]
    public void Find_StepNamedOnlyInProse_IsAStep(string sentence, string kind)
    {
        var steps = TestKnowledge.FromText($"Deskundige sport\n\nSelectie\n\n{sentence}\nJe bent geslaagd als je minstens 60% behaalt.").SelectionSteps;

        Assert.Equal(kind, Assert.Single(steps).Kind);
    }

    [Theory]
    [InlineData("Planning: Schriftelijke proef: zaterdag 6 maart 2027 · Interview: dinsdag 23 maart 2027")]
    [InlineData("Schriftelijke proef: 6 maart 2027 | Interview: 23 maart 2027")]
    [InlineData("Kalender – Schriftelijke proef: zaterdag 6 maart 2027; Interview: dinsdag 23 maart 2027")]
    public void Find_TimingLineElsewhere_DatesTheStepsItNames(string timing)
    {
        var steps = TestKnowledge.FromText($"Deskundige sport\n\n{timing}\n\nSelectie\n\n- Schriftelijke proef (op 50 punten).\n- Interview (op 50 punten).").SelectionSteps;

        Assert.Equal([6, 23], steps.Select(s => s.Dates.Single().Date.Day).ToArray());
    }
}
