using Assistant.Procedures.Answers;

namespace Assistant.Procedures.Tests.Answers;

public sealed class ProcedureDeskTests
{
    private static readonly DateOnly Today = new(2030, 1, 15);

    [Fact]
    public void Answer_ClosingDateForLevel_IsComputedWithTheDocumentsRule()
    {
        var sut = ProcedureDesk.Answer(Samples.Library(), "Als we op 22 februari 2030 publiceren voor niveau C, wat is de vroegste sluitingsdatum?", "nl", "hr", Today);

        Assert.Equal(("computed", "closing-date", new DateOnly(2030, 3, 6)), (sut.Kind, sut.Computation, sut.Date!.Date));
        Assert.Equal(2, sut.ClosingDays.Count);
        Assert.Contains(sut.Units, u => u.Article == "8" && u.Paragraph == "1");
    }

    [Fact]
    public void Answer_ClosingDateWithoutLevel_AsksForTheLevel()
    {
        var sut = ProcedureDesk.Answer(Samples.Library(), "We publiceren op 22 februari 2030. Wat is de vroegste sluitingsdatum?", "nl", "hr", Today);

        Assert.Equal("need-level", sut.Kind);
        Assert.Equal(["C", "A"], sut.Terms.Select(t => t.Level));
    }

    [Fact]
    public void Answer_ReserveExtension_AddsTheAllowedExtensions()
    {
        var sut = ProcedureDesk.Answer(Samples.Library(), "Tot wanneer kan de wervingsreserve van 1 januari 2030 verlengd worden?", "nl", "hr", Today);

        Assert.Equal(("computed", new DateOnly(2033, 12, 31)), (sut.Kind, sut.Date!.Date));
    }

    [Fact]
    public void Answer_Article_ReturnsAllItsParagraphs()
    {
        var sut = ProcedureDesk.Answer(Samples.Library(), "Wat zegt artikel 12?", "nl", "hr", Today);

        Assert.Equal("article", sut.Kind);
        Assert.Equal(["1", "2"], sut.Units.Select(u => u.Paragraph));
    }

    [Fact]
    public void Answer_ListIntroduction_GivesTheWholeList()
    {
        var sut = ProcedureDesk.Answer(Samples.Library(), "Wat brengt een nieuwe medewerker mee op de eerste dag?", "nl", "hr", Today);

        Assert.Equal("steps", sut.Kind);
        Assert.Equal(["de identiteitskaart", "een recent uittreksel uit het strafregister"], sut.Units.Select(u => u.Text));
    }

    [Theory]
    [InlineData("Wat zegt artikel 9?")]
    [InlineData("Uit hoeveel leden bestaat de selectiecommissie?")]
    public void Answer_PublicReaderOfAnHrOnlyAnswer_IsNotAvailableAndQuotesNothing(string question)
    {
        var sut = ProcedureDesk.Answer(Samples.Library(), question, "nl", "public", Today);

        Assert.Equal("not-available", sut.Kind);
        Assert.Empty(sut.Units);
        Assert.Empty(sut.Terms);
    }

    [Fact]
    public void Answer_UnknownArticle_IsNone()
    {
        Assert.Equal("none", ProcedureDesk.Answer(Samples.Library(), "Wat zegt artikel 77?", "nl", "hr", Today).Kind);
    }

    [Fact]
    public void Answer_NamedEmployee_IsAnIndividualCase()
    {
        Assert.Equal("individual", ProcedureDesk.Answer(Samples.Library(), "Wanneer eindigt de proeftijd van Jonas Peeters?", "nl", "hr", Today).Kind);
    }
}
