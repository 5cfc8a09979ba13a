using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Route and key-fact extraction (route15): a diploma sentence with an aside that excludes or waives, a diploma asked under a
/// promotion heading, a class and a salary scale named side by side, and a word that labels a field before the employer.
/// Invented sentences, two or three phrasings per mechanism.
/// </summary>
public sealed class Route15ExtractionTests
{
    [Theory]
    [InlineData("- houder zijn van een masterdiploma in de economie, de statistiek of de informatica (een ander masterdiploma volstaat niet, ook niet met ervaring);")]
    [InlineData("- Je hebt een masterdiploma in de economie, de statistiek of de informatica (andere masters komen niet in aanmerking).")]
    [InlineData("- Je bezit een master in de economie, de statistiek of de informatica – een master in een andere richting wordt niet aanvaard.")]
    public void Extract_DiplomaSentenceWithExcludingAside_KeepsTheRoute(string line)
    {
        var sut = TestKnowledge.FromText("Data-analist (A1a-A3a)\nGemeente Voorbeeld\n\nToelatingsvoorwaarden\n\n- Belg zijn;\n" + line + "\n- de burgerlijke en politieke rechten genieten.\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((RouteAudience.External, DiplomaLevel.Master), (route.Audience, route.Diploma));
        Assert.Contains("statistiek", route.DiplomaField ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(sut.Requirements.Unparsed, u => u.Touches.Contains("diploma"));
    }

    [Theory]
    [InlineData("- Je hebt een bachelordiploma (een graduaat volstaat niet).")]
    [InlineData("- houder zijn van een bachelordiploma; een diploma secundair onderwijs is niet voldoende;")]
    public void Extract_AsideThatNamesALowerLevelToExcludeIt_KeepsTheLevelAsked(string line)
    {
        var sut = TestKnowledge.FromText("Deskundige (B1-B3)\nGemeente Voorbeeld\n\nProfiel\n\n" + line + "\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor);
        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma is DiplomaLevel.Graduate or DiplomaLevel.Secondary);
    }

    [Theory]
    [InlineData("3° een bachelordiploma hebben; een diploma in een bepaalde richting is niet vereist;")]
    [InlineData("3° houder zijn van een diploma van bachelor (om het even welke richting);")]
    [InlineData("3° in het bezit zijn van een bachelordiploma.")]
    public void Extract_DiplomaUnderAPromotionHeading_IsAConditionOfTheInternalRoute(string diplomaLine)
    {
        var sut = TestKnowledge.FromDocxBlocks(
        [
            "# Beleidsadviseur",
            "# Aanwervingsvoorwaarden (externe kandidaten)",
            "1° houder zijn van een masterdiploma;",
            "2° minstens drie jaar relevante ervaring hebben.",
            "# Bevorderingsvoorwaarden (interne kandidaten)",
            "1° vastbenoemd personeelslid zijn van het bestuur;",
            "2° minstens vier jaar niveauanciënniteit hebben in niveau B;",
            diplomaLine,
            "4° een gunstige laatste evaluatie hebben.",
        ]);

        Assert.Contains(sut.Requirements.Routes, r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.Master);
        var internalRoute = Assert.Single(sut.Requirements.Routes, r => r.Audience == RouteAudience.Internal);
        Assert.Equal(DiplomaLevel.Bachelor, internalRoute.Diploma);
        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.Bachelor);
    }

    [Fact]
    public void Extract_DiplomaBeforeTheConditionsUnderAPromotionHeading_JoinsTheInternalRoute()
    {
        var sut = TestKnowledge.FromDocxBlocks(
        [
            "# Diensthoofd",
            "# Voorwaarden voor externe kandidaten",
            "- Je hebt een masterdiploma.",
            "# Voorwaarden voor interne kandidaten (bevordering)",
            "- Je hebt een bachelordiploma.",
            "- Je bent statutair personeelslid.",
            "- Je hebt minstens 4 jaar graadanciënniteit in niveau B.",
        ]);

        var internalRoute = Assert.Single(sut.Requirements.Routes, r => r.Audience == RouteAudience.Internal);
        Assert.Equal(DiplomaLevel.Bachelor, internalRoute.Diploma);
        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.Bachelor);
    }

    [Theory]
    [InlineData("Functieniveau A1 – weddeschaal A11")]
    [InlineData("Niveau: klasse A2 | salarisschaal A21")]
    public void Extract_ClassInTheTitleAndClassWithScaleOnALaterLine_GivesTheScale(string scaleLine)
    {
        var cls = scaleLine.Contains("A2 ", StringComparison.Ordinal) ? "A2" : "A1";
        var scale = cls == "A2" ? "A21" : "A11";
        var sut = TestKnowledge.FromText($"FEDERALE OVERHEIDSDIENST VOORBEELD\n\nVacature: Attaché (m/v/x) – klasse {cls}\n\nSelectiecode VB-{cls}-2027\nTaal Nederlands\nContract statutair\nPlaats Brussel\nPublicatie 1 december 2026\n\n{scaleLine}\n\nVoltijds\n\nProfiel\n\n- Je hebt een masterdiploma.\n");

        Assert.Equal(scale, sut.Scale);
    }

    [Theory]
    [InlineData("*Beherende gemeente: Gemeente Lindeveld*")]
    [InlineData("Trekkende gemeente: Gemeente Lindeveld")]
    public void Extract_WordThatLabelsTheManagingMunicipality_IsNoBrand(string label)
    {
        var sut = TestKnowledge.FromMarkdown($"# Projectmedewerker\n\n**Regio Zandhoven** · intergemeentelijke projectvereniging van Ahem, Bepe en Cedorp\n{label}\n\n## Wie zoeken we?\n\n- een bachelordiploma.\n");

        Assert.Equal("Regio Zandhoven", sut.Organisation);
    }

    [Theory]
    [InlineData("Regio Zandhoven – intergemeentelijke samenwerking van Ahem en Bepe")]
    [InlineData("Regio Zandhoven | intergemeentelijke vereniging van Ahem, Bepe en Cedorp")]
    public void Extract_BrandBeforeALowerCaseLongFormThatNamesItsMembers_IsTheEmployer(string header)
    {
        var sut = TestKnowledge.FromText($"Projectmedewerker\n{header}\n\nProfiel\n\n- Je hebt een bachelordiploma.\n");

        Assert.Equal("Regio Zandhoven", sut.Organisation);
    }
}
