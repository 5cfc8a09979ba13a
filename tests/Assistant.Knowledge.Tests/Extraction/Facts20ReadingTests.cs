using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Requirements that name no diploma at all (facts20): a student job, a lifeguard's brevet, an age and a registration. The
/// requirement section is read and asks none, so the vacancy is open without a diploma; a diploma named anywhere else, or
/// years of experience, keep that from being guessed. A line asking to be enrolled in secondary or higher education asks
/// for no diploma of that level. Invented employers and sentences, in lists, tables and prose.
/// </summary>
public sealed class Facts20ReadingTests
{
    [Theory]
    [InlineData("Wat vragen we?\n\n- Je bent student: je volgt les in het secundair of hoger onderwijs.\n- Je bent minstens 16 jaar op 1 juli.\n")]
    [InlineData("Voorwaarden\n\n- Je hebt een geldig brevet Redder zwembad.\n- Je bent minstens 18 jaar bij de start.\n")]
    [InlineData("Toelatingsvoorwaarden\n\nJe bent minstens 17 jaar oud. Je hebt het statuut van jobstudent en je spreekt vlot Nederlands.\n")]
    [InlineData("Voorwaarden\n\nLeeftijd: minstens 18 jaar\nTaal: Nederlands op niveau B1\n")]
    [InlineData("Voorwaarden\n\n- Je bent minstens 18 jaar.\n- Ervaring in de zorg is mooi meegenomen, maar niet nodig.\n- Een diploma van lesgever zwemmen is een troef.\n")]
    [InlineData("Voorwaarden\n\n- Je hebt een brevet Hoger Redder.\n- Bij voorkeur heb je al ervaring als redder.\n\nSolliciteren\n\nBezorg een attest van inschrijving van je school of hogeschool.\n")]
    public void Extract_RequirementsNamingNoDiploma_IsAnExternalRouteWithoutDiploma(string requirements)
    {
        var sut = TestKnowledge.FromText("Monitor zomerwerking\n\nOver de job\n\nJe begeleidt kinderen tijdens de zomer.\n\n" + requirements
            + "\nWat bieden we?\n\n- Een loon van € 14 per uur.\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((RouteAudience.External, DiplomaLevel.None, (decimal?)null), (route.Audience, route.Diploma, route.MinExperienceYears));
    }

    [Theory]
    [InlineData("Over de job\n\nWie een bachelordiploma heeft, komt in aanmerking voor deze functie.\n\n")]
    [InlineData("Profiel\n\nJe hebt een getuigschrift van het secundair onderwijs.\n\n")]
    [InlineData("Over de job\n\nJe hebt een bachelordiploma, ervaring in een onthaal is een troef.\n\n")]
    [InlineData("Over de job\n\nDeze functie vraagt een opleiding op niveau C.\n\n")]
    public void Extract_DiplomaNamedOutsideTheRequirements_IsNotGuessedAway(string elsewhere)
    {
        var sut = TestKnowledge.FromText("Baliemedewerker\n\n" + elsewhere + "Voorwaarden\n\n- Je bent minstens 18 jaar.\n- Je spreekt vlot Nederlands.\n");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears is null && r.Alternative.Count == 0);
    }

    [Theory]
    [InlineData("- Je bent geregistreerd als zorgkundige bij de FOD Volksgezondheid.")]
    [InlineData("- Je werkt elders minstens 4/5 van een voltijdse job, of je bent gepensioneerd.")]
    [InlineData("- Je bent in het bezit van een erkenning als onthaalouder.")]
    public void Extract_ACheckableLineNoRuleRead_IsNoRouteWithoutDiploma(string line)
    {
        var sut = TestKnowledge.FromText("Zorgmedewerker flexi-job\n\nVoorwaarden\n\n" + line + "\n- Je bent minstens 18 jaar.\n");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears is null && r.Alternative.Count == 0);
    }

    [Theory]
    [InlineData("- Je hebt minstens 2 jaar ervaring als chauffeur.")]
    [InlineData("- Ervaring in de horeca is vereist.")]
    public void Extract_ExperienceAskedWithoutDiploma_IsNoBareRoute(string experience)
    {
        var sut = TestKnowledge.FromText("Medewerker\n\nVoorwaarden\n\n- Je bent minstens 18 jaar.\n" + experience + "\n");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears is null && r.Alternative.Count == 0);
    }

    [Theory]
    [InlineData("- Je bent ingeschreven in het secundair onderwijs of in het hoger onderwijs.")]
    [InlineData("- Je bent leerling in het middelbaar onderwijs of student aan een hogeschool.")]
    [InlineData("- Je studeert in het hoger onderwijs (dagonderwijs).")]
    public void Extract_EnrolledInEducation_IsNoDiplomaOfThatLevel(string line)
    {
        var sut = TestKnowledge.FromText("Jobstudent bibliotheek\n\nWie zoeken we?\n\n" + line + "\n- Je bent minstens 16 jaar.\n");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma != DiplomaLevel.None);
    }

    [Theory]
    [InlineData("- Je hebt een diploma secundair onderwijs of je bent student in het laatste jaar secundair onderwijs.")]
    [InlineData("- Je bent afgestudeerd met een bachelordiploma of je bent ingeschreven als laatstejaarsstudent.")]
    public void Extract_DiplomaOrEnrolment_KeepsTheDiploma(string line)
    {
        var sut = TestKnowledge.FromText("Administratief medewerker\n\nWie zoeken we?\n\n" + line + "\n- Je bent minstens 18 jaar.\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma != DiplomaLevel.None);
    }

    [Theory]
    [InlineData("Project Open Archief: kom ons team versterken\n\nVoor dat project zoekt de Stad Ravelhem een registrator erfgoed (m/v/x) die de inventaris leidt.\n\nDe job\n\n- Je registreert objecten.\n", "Registrator erfgoed")]
    [InlineData("Samen maken we het verschil\n\nVoor onze bibliotheek zoeken we een mediacoach (m/v/x) met hart voor lezers.\n\nJouw job\n\n- Je begeleidt bezoekers.\n", "Mediacoach")]
    [InlineData("Werken bij ons\n\nHet Zorgbedrijf Lindeveld werft een nachtportier (v/m/x) aan voor het woonzorgcentrum.\n\nDe functie\n\n- Je bewaakt het gebouw.\n", "Nachtportier")]
    public void Extract_JobNamedInProseUnderSloganHeadings_IsTheTitle(string text, string title)
    {
        var sut = TestKnowledge.FromText(text);

        Assert.Equal(title, sut.Title);
    }

    [Theory]
    [InlineData("Zomerjob 2027: redder openluchtzwembad (jobstudent)", "Redder openluchtzwembad (jobstudent)")]
    [InlineData("Vakantiewerk – monitor speelpleinwerking", "Monitor speelpleinwerking")]
    [InlineData("Kerstvakantiejob 2026 | onthaalmedewerker museum", "Onthaalmedewerker museum")]
    public void Extract_SeasonJobLabelBeforeTheTitle_IsNoPartOfIt(string headline, string title)
    {
        var sut = TestKnowledge.FromText(headline + "\n\nGemeente Velderkom\n\nWat doe je?\n\n- Je onthaalt bezoekers.\n");

        Assert.Equal(title, sut.Title);
    }

    [Theory]
    [InlineData("FADG – Federale Administratie Douane en Goederentoezicht\n\nDouanier (m/v/x)\n\nFunctie\n\nJe controleert goederen.\n", "Federale Administratie Douane en Goederentoezicht (FADG)")]
    [InlineData("Maatschappij voor Sluisbeheer Ravelingen — MSR\n\nSluiswachter (m/v/x)\n\nFunctie\n\nJe bedient de sluis.\n", "Maatschappij voor Sluisbeheer Ravelingen (MSR)")]
    [InlineData("KBR - Koninklijke Bibliotheekraad Ravelingen\n\nBibliothecaris (m/v/x)\n\nFunctie\n\nJe beheert de collectie.\n", "Koninklijke Bibliotheekraad Ravelingen (KBR)")]
    public void Extract_LetterheadOfAcronymAndTheLongFormItSpells_IsTheOrganisation(string text, string organisation)
    {
        var sut = TestKnowledge.FromText(text);

        Assert.Equal(organisation, sut.Organisation);
    }

    [Theory]
    [InlineData("Vergelijkend examen voor de aanwerving van een vertaler Duits-\nNederlands (m/v/x)\n\nJe vertaalt parlementaire stukken.\n", "Vertaler Duits-Nederlands")]
    [InlineData("Aanwerving van een vertaler-revisor Engels-\nNederlands (v/m/x)\n\nJe reviseert vertalingen.\n", "Vertaler-revisor Engels-Nederlands")]
    [InlineData("Stad Velderkom\n\nTolk Nederlands-\nFrans (m/v/x)\n\nJe tolkt op zittingen.\n", "Tolk Nederlands-Frans")]
    public void Extract_TitleBrokenAtAHyphenOverTwoLines_IsJoined(string text, string title)
    {
        var sut = TestKnowledge.FromText(text);

        Assert.Equal(title, sut.Title);
    }
}
