using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Selection steps, points and pass marks in the phrasings of the genre, on invented vacancies.</summary>
public sealed class SelectionPhrasingTests
{
    private static VacancyFacts Selection(string body) =>
        TestKnowledge.FromText($"Magazijnier\n\nSolliciteren\n\nSolliciteren kan tot en met 12/02/2027.\n\nSelectieprocedure\n\n{body}");

    [Fact]
    public void FindSteps_TableWithPassMarkColumn_GivesPointsAndMarkPerRow()
    {
        var sut = TestKnowledge.FromHtml("<h1>Magazijnier</h1><h2>Selectieprocedure</h2><table><tr><th>Stap</th><th>Onderdeel</th><th>Datum</th><th>Slaagcijfer</th></tr>"
            + "<tr><td>1</td><td>Schriftelijke kennistest (op 30)</td><td>4 maart 2027</td><td>18/30</td></tr>"
            + "<tr><td>2</td><td>Taaltoets Engels</td><td>maart 2027</td><td>geslaagd / niet geslaagd</td></tr>"
            + "<tr><td>3</td><td>Mondeling gesprek (op 40)</td><td>april 2027</td><td>60%</td></tr></table>");
        var steps = sut.SelectionSteps;
        Assert.Equal(["Schriftelijke kennistest", "Taaltoets Engels", "Mondeling gesprek"], steps.Select(s => s.Name));
        Assert.Equal((30m, 18m, 30m), (steps[0].MaxPoints!.Value, steps[0].PassMark!.Points!.Value, steps[0].PassMark!.OutOf!.Value));
        Assert.NotNull(steps[1].PassMark?.Qualitative);
        Assert.Equal((40m, 60m), (steps[2].MaxPoints!.Value, steps[2].PassMark!.Percent!.Value));
    }

    [Fact]
    public void FindSteps_TableWithPointsColumn_GivesMaxPointsAndNoTotalRow()
    {
        var sut = TestKnowledge.FromHtml("<h1>Magazijnier</h1><h2>Selectie</h2><table><tr><th>Proef</th><th>Wanneer</th><th>Punten</th></tr>"
            + "<tr><td>Praktijkproef in het magazijn</td><td>8 maart 2027</td><td>70</td></tr>"
            + "<tr><td>Interview</td><td>aansluitend</td><td>30</td></tr><tr><td>Totaal</td><td></td><td>100</td></tr></table>");
        Assert.Equal([("Praktijkproef in het magazijn", 70m), ("Interview", 30m)], sut.SelectionSteps.Select(s => (s.Name, s.MaxPoints!.Value)));
    }

    [Fact]
    public void FindSteps_NumberedStepHeadingNamingCandidates_StaysInTheSelection()
    {
        var sut = Selection("Stap 0 – enkel voor kandidaten zonder diploma:\n  een online redeneertest in de week van 8 maart 2027.\n\n"
            + "Stap 1 – praktijkproef in het magazijn op 50 punten.\n\nStap 2 – mondelinge proef (op 30 punten): een gesprek.");
        Assert.Contains(sut.SelectionSteps, s => s.Name.StartsWith("Praktijkproef", StringComparison.Ordinal) && s.MaxPoints == 50m);
        Assert.Contains(sut.SelectionSteps, s => s.Name == "Mondelinge proef" && s.MaxPoints == 30m);
    }

    [Fact]
    public void FindSteps_PhaseParagraphs_AreStepsInDocumentOrder()
    {
        var sut = Selection("Fase 1 – Digitale kennistest (op 20 punten) op dinsdag 9 maart 2027. Je moet minstens 10/20 behalen.\n\nFase 2 – Jurygesprek (op 30 punten) in de week van 22 maart 2027. Je moet minstens 18/30 behalen.");
        Assert.Equal(["Digitale kennistest", "Jurygesprek"], sut.SelectionSteps.Select(s => s.Name));
        Assert.Equal([10m, 18m], sut.SelectionSteps.Select(s => s.PassMark!.Points!.Value));
    }

    [Fact]
    public void FindSteps_LabelledLines_AreStepsWithTheirPoints()
    {
        var sut = Selection("Schriftelijke proef (op 30 punten): een analyse van een dossier.\nMondelinge proef (op 70 punten): een gesprek over je motivatie.\n\nJe moet minstens 50% behalen op elke proef en 60% op het geheel.");
        Assert.Equal([("Schriftelijke proef", 30m), ("Mondelinge proef", 70m)], sut.SelectionSteps.Select(s => (s.Name, s.MaxPoints!.Value)));
        Assert.Contains(sut.PassRules, r => r is { Kind: "each-step", Percent: 50m });
        Assert.Contains(sut.PassRules, r => r is { Kind: "total", Percent: 60m });
    }

    [Fact]
    public void FindSteps_InlineList_GivesEachStepItsOwnPoints()
    {
        var sut = Selection("De selectie bestaat uit een praktische proef (op 60 punten) en een sollicitatiegesprek (op 40 punten). De data volgen later.");
        Assert.Equal([("Praktische proef", 60m), ("Sollicitatiegesprek", 40m)], sut.SelectionSteps.Select(s => (s.Name, s.MaxPoints!.Value)));
    }

    [Fact]
    public void FindSteps_MarksPerClause_GoToTheStepEachClauseNames()
    {
        var sut = Selection("- Praktijkproef met de heftruck (op 50 punten).\n- Selectiegesprek (op 50 punten).\n\nOm te slagen moet je minstens 70% behalen op de praktijkproef en minstens 50% op het selectiegesprek.");
        Assert.Equal([70m, 50m], sut.SelectionSteps.Select(s => s.PassMark!.Percent!.Value));
    }

    [Theory]
    [InlineData("Geslaagd zijn wie ten minste de helft van de punten behaalt.", 50)]
    [InlineData("Je moet minstens 60% behalen.", 60)]
    [InlineData("Er geldt een minimum van 55 procent.", 55)]
    public void FindSteps_LoneMarkWithOneScoredStep_GoesToThatStep(string rule, int percent)
    {
        var sut = Selection($"- Screening van je cv.\n- Interview met rollenspel (op 40 punten).\n\n{rule}");
        var interview = sut.SelectionSteps.Single(s => s.Kind == "interview");
        Assert.Equal((decimal)percent, interview.PassMark?.Percent);
    }

    [Fact]
    public void FindSteps_StepWithoutAnyMark_KeepsNoMark()
    {
        var sut = Selection("- Schriftelijke proef (op 40 punten): minstens 50%.\n- Mondelinge proef (op 60 punten).\n\nGeslaagde kandidaten komen in een wervingsreserve.");
        Assert.Null(sut.SelectionSteps.Single(s => s.Kind == "oral").PassMark);
        Assert.Empty(sut.PassRules);
    }

    [Theory]
    [InlineData("- Moraliteitsonderzoek door de politie.", "background-check")]
    [InlineData("- Rollenspel met een burger op 3 maart 2027.", "role-play")]
    public void FindSteps_BackgroundCheckAndRolePlay_AreSteps(string bullet, string kind)
    {
        var sut = Selection($"- Schriftelijke proef op 1 maart 2027.\n{bullet}");
        Assert.Contains(sut.SelectionSteps, s => s.Kind == kind);
    }

    [Fact]
    public void FindSteps_NameBeforeADate_IsCutThere()
    {
        var sut = Selection("- Interview op 4 maart 2027 (onder voorbehoud).");
        Assert.Equal("Interview", Assert.Single(sut.SelectionSteps).Name);
    }

    [Fact]
    public void FindSteps_InterviewJudgedSuitableOrNot_HasAQualitativeMark()
    {
        var sut = Selection("- Interview op 4 maart 2027. Het interview wordt beoordeeld als geschikt of niet geschikt.");
        Assert.Equal("geschikt", Assert.Single(sut.SelectionSteps).PassMark?.Qualitative);
    }

    [Fact]
    public void FindSteps_DateNotesOutsideTheList_KeepDocumentOrderAndAreNotConditional()
    {
        var sut = TestKnowledge.FromText("Magazijnier\n\nSelectieprocedure\n\nDe schriftelijke proef gaat door op 2 maart 2027.\nDe mondelinge proef gaat door op 16 maart 2027.");
        Assert.Equal(["written", "oral"], sut.SelectionSteps.Select(s => s.Kind));
        Assert.All(sut.SelectionSteps, s => Assert.False(s.Conditional));
    }
}

/// <summary>Overall rules and marks in points, in further phrasings.</summary>
public sealed class PassRulePhrasingTests
{
    private static VacancyFacts Selection(string body) =>
        TestKnowledge.FromText($"Magazijnier\n\nSolliciteren\n\nSolliciteren kan tot en met 12/02/2027.\n\nSelectieprocedure\n\n{body}");

    [Theory]
    [InlineData("Per proef moet je 50% halen. Voor alle proeven samen moet je 60% behalen.", 50, 60)]
    [InlineData("Om geslaagd te zijn moet je op elk van de proeven minstens de helft van de punten behalen en in totaal 60%.", 50, 60)]
    public void Find_EachStepAndTotalInOtherWords_AreBothRules(string rule, int each, int total)
    {
        var sut = Selection($"- Schriftelijke test (op 40 punten).\n- Mondelinge proef (op 60 punten).\n\n{rule}");
        Assert.Contains(sut.PassRules, r => r.Kind == "each-step" && r.Percent == each);
        Assert.Contains(sut.PassRules, r => r.Kind == "total" && r.Percent == total);
    }

    [Fact]
    public void FindSteps_MarkInPointsOnly_IsReadAgainstTheStepsMaximum()
    {
        var sut = Selection("- Schriftelijke proef (op 50 punten). Je slaagt als je minstens 30 punten behaalt.");
        var mark = Assert.Single(sut.SelectionSteps).PassMark;
        Assert.Equal((30m, 50m, 60m), (mark!.Points!.Value, mark.OutOf!.Value, mark.Percent!.Value));
    }

    [Fact]
    public void FindSteps_TableWithMaximumAndMinimumColumns_GivesMarksInPoints()
    {
        var sut = TestKnowledge.FromHtml("<h1>Bibliothecaris</h1><h2>Selectieprocedure</h2><table><tr><th>Onderdeel</th><th>Maximum</th><th>Minimum</th></tr>"
            + "<tr><td>Schriftelijke proef</td><td>50</td><td>25</td></tr><tr><td>Mondelinge proef</td><td>50</td><td>30</td></tr></table>");
        Assert.Equal([(50m, 25m), (50m, 30m)], sut.SelectionSteps.Select(s => (s.MaxPoints!.Value, s.PassMark!.Points!.Value)));
    }

    [Fact]
    public void FindSteps_QuotationCellWithMaximumAndMarkInWords_GivesBoth()
    {
        var sut = TestKnowledge.FromHtml("<h1>Magazijnier</h1><h2>Selectie</h2><table><tr><th>Onderdeel</th><th>Datum</th><th>Quotering</th></tr>"
            + "<tr><td>Praktische proef</td><td>8 maart 2027</td><td>/40 – wie minder dan 24 punten haalt, is uitgesloten</td></tr>"
            + "<tr><td>Mondelinge proef</td><td>15 maart 2027</td><td>/60 – minimum 30 punten</td></tr></table>");
        var steps = sut.SelectionSteps;
        Assert.Equal([(40m, 24m), (60m, 30m)], steps.Select(s => (s.MaxPoints!.Value, s.PassMark!.Points!.Value)));
    }

    [Fact]
    public void FindSteps_MarksFromAndInWords_AreRead()
    {
        var sut = Selection("Stap 1 – Case. Je werkt een dossier uit. De case staat op 50 punten; je slaagt vanaf 30 punten.\n\nStap 2 – Interview. Een gesprek met de jury.\n\nSlaagcijfer: je moet per proef minstens zes op tien behalen.");
        Assert.Equal(["Case", "Interview"], sut.SelectionSteps.Select(s => s.Name));
        Assert.Equal((50m, 30m), (sut.SelectionSteps[0].MaxPoints!.Value, sut.SelectionSteps[0].PassMark!.Points!.Value));
        Assert.Contains(sut.PassRules, r => r.Kind == "each-step" && r.Percent == 60m);
    }

    [Fact]
    public void FindSteps_ScoreOutOfTwentyOnALineWithAMonth_IsNoDate()
    {
        var sut = Selection("1. Computertest (februari 2027, in een testcentrum). Je moet minimaal 12/20 halen.");
        Assert.DoesNotContain(sut.SelectionSteps.SelectMany(s => s.Dates), d => d.Date.Month == 12);
    }
}
