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

    [Theory]
    [InlineData("Jaarlijkse bruto minimumwedde: € 30.100,00 aan index 100% (geïndexeerd: € 63.881,23). Jaarlijkse bruto maximumwedde: € 45.600,00 aan index 100% (geïndexeerd: € 96.776,88).")]
    [InlineData("Minimumjaarwedde € 30.100,00 tegen 100% (geïndexeerd € 63.881,23); maximumjaarwedde € 45.600,00 tegen 100% (geïndexeerd € 96.776,88).")]
    public void Extract_AmountsAt100WithTheIndexedAmountInBrackets_KeepTheBasisOfEach(string pay)
    {
        var sut = TestKnowledge.FromText("Attaché (A21)\nFederale Dienst Voorbeeld\n\nVerloning\n\n" + pay + "\nVolgens je gezinstoestand krijg je een haardtoelage van € 725,10 of een standplaatstoelage € 362,55 per jaar (aan 100%).\n");

        Assert.NotNull(sut.Salary);
        Assert.Equal((30100m, 45600m, "index-100"), (sut.Salary!.Min, sut.Salary.Max, sut.Salary.Basis));
    }

    [Theory]
    [InlineData("Bruto maandwedde tussen € 2.800,00 en € 4.100,00 (geïndexeerd). Daarbovenop een tweetaligheidspremie van € 950 per jaar.")]
    [InlineData("Bruto maandwedde tussen € 2.800,00 en € 4.100,00 (geïndexeerd); haard- of standplaatstoelage: € 1.100 per jaar.")]
    public void Extract_AllowanceNamedBeforeItsAmount_IsNoPay(string pay)
    {
        var sut = TestKnowledge.FromText("Deskundige (B1-B3)\nGemeente Voorbeeld\n\nVerloning\n\n" + pay + "\n");

        Assert.Equal((2800m, 4100m), (sut.Salary!.Min, sut.Salary.Max));
    }

    [Theory]
    [InlineData("FEDERALE OVERHEIDSDIENST VOORBEELD\nInstituut voor Bodemkunde en\nGrondwater (IBG)\n", "jobs@ibg.be")]
    [InlineData("POD Onderzoeksbeleid\nInstituut voor Bodemkunde en Grondwater (IBG)\n", "selectie@ibg-fed.be")]
    public void Extract_ParentInTheLetterheadAboveTheInstitutionItNamesItselfBy_IsTheInstitution(string head, string mail)
    {
        var sut = TestKnowledge.FromText(head + "\nVacature: Attaché (m/v/x)\n\nOver ons\n\nHet IBG is een federale wetenschappelijke instelling.\n\nProfiel\n\n- Je hebt een masterdiploma.\n\nContact\n\nMail naar " + mail + ".\n");

        Assert.Equal("Instituut voor Bodemkunde en Grondwater (IBG)", sut.Organisation);
    }

    [Theory]
    [InlineData("| Vereist | Pluspunt |\n|---|---|\n| Een diploma secundair onderwijs. | Een heftruckattest. |\n| Een rijbewijs B. | Ervaring met een scanner. |\n")]
    [InlineData("| Noodzakelijk | Gewenst |\n| :-- | :-- |\n| Een diploma secundair onderwijs | Een heftruckattest |\n| Een rijbewijs B | Ervaring met een scanner |\n")]
    public void Extract_MarkdownTableWithAColumnPerKindOfRequirement_ReadsColumnByColumn(string table)
    {
        var sut = TestKnowledge.FromMarkdown("# Magazijnier (D1-D3)\n\n**Gemeente Voorbeeld**\n\n## Wat verwachten we?\n\n" + table + "\nSolliciteren kan tot 15 januari 2027.\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary);
        Assert.Contains(sut.Requirements.General, g => g.Kind == "licence" && g.Citation.Quote.Contains("rijbewijs B", StringComparison.Ordinal) && !g.Citation.Quote.Contains("scanner", StringComparison.Ordinal));
        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Citation.Quote.Contains("heftruck", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Een diploma secundair onderwijs in een technische richting, of zonder zo'n diploma minstens 2 jaar ervaring als magazijnier.")]
    [InlineData("- Je hebt een diploma secundair onderwijs, of zonder dat diploma minstens 2 jaar ervaring als magazijnier.")]
    [InlineData("- Je hebt een diploma secundair onderwijs; ofwel zonder een dergelijk diploma minstens 2 jaar ervaring als magazijnier.")]
    public void Extract_DiplomaOrWithoutItExperienceInOneSentence_GivesBothRoutes(string line)
    {
        var sut = TestKnowledge.FromText("Magazijnier (D1-D3)\nGemeente Voorbeeld\n\nProfiel\n\n" + line + "\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary && r.MinExperienceYears is null);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 2);
    }

    [Theory]
    [InlineData("- houder zijn van een diploma van master in de geologie, in de chemie en de fysica of in de bio-ingenieurswetenschappen;", "chemie")]
    [InlineData("- Je hebt een masterdiploma in de geologie, in de chemie of in de bio-ingenieurswetenschappen.", "bio-ingenieurswetenschappen")]
    [InlineData("- Je bent master in de geologie, in het landmeten en de geografie, of in de chemie.", "landmeten")]
    public void Extract_FieldsThatEachRepeatThePreposition_AreAllAccepted(string line, string alsoAccepted)
    {
        var sut = TestKnowledge.FromText("Attaché (A11)\nFederale Dienst Voorbeeld\n\nToelatingsvoorwaarden\n\n" + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Contains("geologie", route.DiplomaField ?? "", StringComparison.Ordinal);
        Assert.Contains(alsoAccepted, route.DiplomaField ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- een beroepservaring van minstens zesendertig maanden hebben in het onderhoud van installaties;", 3)]
    [InlineData("- werkervaring: minimum 2 jaar in een technische dienst.", 2)]
    [InlineData("- Je hebt minstens vierentwintig maanden ervaring in het onderhoud van installaties.", 2)]
    public void Extract_ExperienceMinimumAfterTheWordOrInCompoundNumberWords_IsRead(string line, int years)
    {
        var sut = TestKnowledge.FromText("Technicus (C1-C3)\nGemeente Voorbeeld\n\nToelatingsvoorwaarden\n\n- Je hebt een diploma secundair onderwijs.\n" + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((decimal)years, route.MinExperienceYears);
        Assert.NotEqual("any", route.ExperienceKind);
    }
}
