namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Key facts as the document names them (facts13): an employer met only as its acronym named by its own definition, an
/// intermunicipal body with a compound noun, a district or work area that is a unit of the employer, an autonomous municipal
/// company by its abbreviation ("AGB X", as "OCMW X"), a count of posts around the title, a header class over a salary scale that refines it, a
/// day and month with a dot after a deadline word. Invented employers and sentences.
/// </summary>
public sealed class Facts13ReadingTests
{
    [Theory]
    [InlineData("Zorgnetwerk Kanaalland (ZKN) verenigt drie ziekenhuizen.\nZKN zoekt een logistiek medewerker (m/v/x).\n\nJe beheert de voorraad.", "Zorgnetwerk Kanaalland (ZKN)")]
    [InlineData("Bij Woonhaven Eikelmeers (hierna: WHE) werken 40 mensen.\n\nWHE zoekt een technicus (m/v/x).\n\nJe herstelt woningen.", "Woonhaven Eikelmeers (WHE)")]
    [InlineData("Het Sociaal Verhuurkantoor Groenrand, afgekort SVKG, verhuurt woningen.\n\nSVKG is op zoek naar een woonbegeleider.\n\nJe begeleidt huurders.", "Sociaal Verhuurkantoor Groenrand (SVKG)")]
    public void Find_EmployerMetAsItsAcronym_IsNamedByItsOwnDefinition(string text, string expected) =>
        Assert.StartsWith(expected, TestKnowledge.FromText(text).Organisation ?? "", StringComparison.Ordinal);

    [Theory]
    [InlineData("WBR – Intergemeentelijke Waterbedrijf Rozendaal | niveau C\n\nMonteur (m/v/x)\n\nJe werkt in District Oost of District West.\n\nDistrict Oost: depot Akker", "WBR – Intergemeentelijke Waterbedrijf Rozendaal")]
    [InlineData("Intergemeentelijke Energiemaatschappij Polderrand zoekt een elektricien (m/v/x).\n\nJe werkt in het district Noord.", "Intergemeentelijke Energiemaatschappij Polderrand")]
    public void Find_IntermunicipalBodyBesideItsDistricts_IsTheOrganisation(string text, string expected) =>
        Assert.Equal(expected, TestKnowledge.FromText(text).Organisation);

    [Theory]
    [InlineData("Autonoom Gemeentebedrijf Cultuur Heidegem\n\nTechnicus podium (m/v/x)\n\nHet Autonoom Gemeentebedrijf Cultuur Heidegem zoekt een technicus.", "AGB Cultuur Heidegem")]
    [InlineData("AUTONOOM GEMEENTEBEDRIJF SPORT LINDEVELD\n\nRedder (m/v/x)\n\nHet AGB zoekt een redder.", "AGB Sport Lindeveld")]
    public void Find_BodyWithAUsualAbbreviation_IsNamedByIt(string text, string expected) =>
        Assert.Equal(expected, TestKnowledge.FromText(text).Organisation);

    [Theory]
    [InlineData("# 2 x Monteur riolering (m/v/x)\n\nGemeente Zandhoven zoekt twee monteurs.", "Monteur riolering")]
    [InlineData("# Drie × Tuinier (m/v/x)\n\nGemeente Zandhoven zoekt drie tuiniers.", "Tuinier")]
    [InlineData("# Chauffeur vrachtwagen (3 plaatsen)\n\nGemeente Zandhoven zoekt chauffeurs.", "Chauffeur vrachtwagen")]
    [InlineData("# (2x) Redder zwembad\n\nGemeente Zandhoven zoekt redders.", "Redder zwembad")]
    public void FindTitle_CountOfPosts_IsNotPartOfTheTitle(string markdown, string title) =>
        Assert.Equal(title, TestKnowledge.FromMarkdown(markdown).Title);

    [Fact]
    public void Find_HeaderClassAndARefiningScaleInTheBody_IsTheClass()
    {
        var sut = TestKnowledge.FromText("Federaal Instituut voor Bodemstalen (FIBS)\nNiveau: A – klasse A2 (attaché)\n\nJe taken\n\nJe analyseert stalen.\nJe schrijft rapporten.\nJe adviseert.\nJe leidt projecten.\n\nAanbod\n\nJe jaarloon volgt weddeschaal A21 (minimum € 30.000).");
        Assert.Equal(("A2", "A"), (sut.Scale, sut.Level));
    }

    [Theory]
    [InlineData("Kandidaturen moeten ons bereiken uiterlijk op 14.03, via het platform.")]
    [InlineData("Stuur je cv ten laatste 14-03 naar jobs@zandhoven.be.")]
    [InlineData("Je kan solliciteren tot en met 14.03 (middernacht).")]
    public void Find_DayAndMonthWithADotAfterADeadlineWord_IsTheDeadline(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder (C1-C3)\n\nPublicatie: 10 februari 2027.\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(new DateOnly(2027, 3, 14), sut.ApplicationDeadline?.LastDay);
    }

    [Theory]
    [InlineData("Solliciteren kan tot 17.30 uur op de dag van de publicatie.")]
    [InlineData("De proef duurt uiterlijk 2-3 weken.")]
    public void Find_TimeOrSpanAfterADeadlineWord_IsNoDate(string sentence) =>
        Assert.Null(TestKnowledge.FromText($"Boekhouder (C1-C3)\n\nSolliciteren\n\n{sentence}").ApplicationDeadline?.LastDay);

    [Theory]
    [InlineData("Inschrijven kan van maandag 4 januari 2027 tot en met zondag 28 februari 2027 via het webformulier.")]
    [InlineData("Je kandidatuur stellen kan van 04/01/2027 tot en met 28/02/2027 op www.zandhoven.be/jobs.")]
    public void Find_ApplicationPeriod_GivesItsFirstDayAndItsLastDay(string sentence)
    {
        var sut = TestKnowledge.FromText($"Jobstudent (m/v/x)\n\nSolliciteren\n\n{sentence}");
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 2, 28)), (sut.ApplicationDeadline?.Opens, sut.ApplicationDeadline?.LastDay));
    }
}
