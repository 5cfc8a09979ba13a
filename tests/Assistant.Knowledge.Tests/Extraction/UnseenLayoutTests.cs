namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Titles, employers and selection facts in layouts the earlier phrasings did not cover, on invented vacancies.</summary>
public sealed class UnseenLayoutTests
{
    [Fact]
    public void FindTitle_LeadInBeforeTheTitle_IsCutAndTheLetterheadIsNoTitle()
    {
        var sut = TestKnowledge.FromText("WVB – Intergemeentelijke Maatschappij voor Waterbeheer Oosterloo\nMolenstraat 4, 9999 Oosterloo\n\n"
            + "Wij werven aan: medewerker zuiveringsstation (m/v/x)\n\nNiveau D1-D3 – voltijds\n\nJouw opdracht\n\n- Je controleert de pompen.");
        Assert.Equal("Medewerker zuiveringsstation", sut.Title);
        Assert.Equal("WVB – Intergemeentelijke Maatschappij voor Waterbeheer Oosterloo", sut.Organisation);
    }

    [Fact]
    public void FindTitle_FacilityAfterADash_IsNotPartOfTheTitle()
    {
        var sut = TestKnowledge.FromText("Zaalwachter – Bibliotheek De Leeshoek\n\nGemeente Voorbeek zoekt een zaalwachter.\n\nJouw taken\n\n- Je opent de zalen.");
        Assert.Equal("Zaalwachter", sut.Title);
    }

    [Fact]
    public void FindOrganisation_OnlyInThePageTitle_IsReadFromIt()
    {
        var sut = TestKnowledge.FromHtml("<html><head><title>Vacature: Zaalwachter - Stad Voorbeek</title></head><body>"
            + "<header><div class=\"brand\">Stad Voorbeek</div></header><main><h1>Zaalwachter</h1><p>Je opent de zalen van de stad.</p></main></body></html>");
        Assert.Equal(("Zaalwachter", "Stad Voorbeek"), (sut.Title, sut.Organisation));
    }

    [Fact]
    public void FindSteps_LabelledDateLineUnderAStep_IsThatStepsDate()
    {
        var sut = TestKnowledge.FromText("Magazijnier\n\nSelectie\n\n- Schriftelijke proef – een casus (op 40 punten).\nDatum: zaterdag 6 maart 2027, voormiddag.\n"
            + "- Mondelinge proef – een gesprek (op 60 punten).\nDatum: in de week van 15 maart 2027.");
        Assert.Equal([new DateOnly(2027, 3, 6), new DateOnly(2027, 3, 15)], sut.SelectionSteps.Select(s => s.Dates.Single().Date));
    }

    [Fact]
    public void FindSteps_RowsUnderASpacedPassMarkHeader_GetTheirBareScoreAsPassMark()
    {
        var sut = TestKnowledge.FromText("Magazijnier\n\nSelectie\n\nOnderdeel Wanneer Punten Slaagnorm\n\n"
            + "Schriftelijke proef: kennistest (met zaterdag 6 maart 40 24/40 rekenmachine) 2027\n\n"
            + "Mondelinge proef: gesprek week van 15 maart 2027 60 30/60");
        Assert.Equal([(24m, 40m), (30m, 60m)], sut.SelectionSteps.Select(s => (s.PassMark!.Points!.Value, s.PassMark.OutOf!.Value)));
    }

    [Fact]
    public void FindSteps_BareScoreWithoutAPassMarkHeader_IsNoPassMark()
    {
        var sut = TestKnowledge.FromText("Magazijnier\n\nSelectie\n\nOnderdeel Wanneer Punten\n\nSchriftelijke proef: kennistest 6 maart 2027 24/40");
        Assert.All(sut.SelectionSteps, s => Assert.Null(s.PassMark));
    }

    [Fact]
    public void FindDocuments_NumberedListAfterApplyWith_AreTheDocuments()
    {
        var sut = TestKnowledge.FromText("Magazijnier\n\nSolliciteren\n\nSchrijf je in via jobs.voorbeek.be met:\n1. een cv;\n2. een kopie van je diploma;\n3. een kopie van je rijbewijs.\n\n"
            + "Laattijdige kandidaturen worden niet aanvaard.");
        Assert.Equal(["cv", "diploma", "driving-licence"], sut.Documents.Select(d => d.Kind).Take(3));
    }
}
