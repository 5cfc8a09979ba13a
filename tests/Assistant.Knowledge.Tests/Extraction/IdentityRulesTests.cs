namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Title, organisation, scale and level over phrasings of the genre.</summary>
public sealed class IdentityRulesTests
{
    [Theory]
    [InlineData("Jouw loopbaan start in salarisschaal A111.", "A111", "A")]
    [InlineData("Je wordt ingeschaald in weddeschaal B121.", "B121", "B")]
    [InlineData("Loonschaal: C111", "C111", "C")]
    [InlineData("Barema D111 (met overname van relevante anciënniteit)", "D111", "D")]
    [InlineData("Je krijgt een salaris volgens graad E111.", "E111", "E")]
    [InlineData("Je wordt aangeworven in de klasse A2.", "A2", "A")]
    [InlineData("Weddeschaal: NA21", "NA21", "A")]
    [InlineData("Je start in weddeschaal BA1 met een bruto jaarwedde.", "BA1", "B")]
    [InlineData("Salarisschaal NB1", "NB1", "B")]
    [InlineData("Het salaris volgt schaal NC2.", "NC2", "C")]
    [InlineData("Barema ND1, niveau D.", "ND1", "D")]
    [InlineData("Je wordt aangeworven in weddeschaal B1-B3.", "B1-B3", "B")]
    [InlineData("Salarisschaal C1-C3, contractueel.", "C1-C3", "C")]
    [InlineData("Verloning volgens barema B4-B5.", "B4-B5", "B")]
    [InlineData("Je wordt verloond in BV1-BV3.", "BV1-BV3", "B")]
    [InlineData("Je start in C3-C4 met behoud van anciënniteit.", "C3-C4", "C")]
    public void Find_ScaleForms_GiveScaleAndLevel(string sentence, string scale, string level)
    {
        var sut = TestKnowledge.FromText($"Medewerker logistiek\n\nAanbod\n\n{sentence}");
        Assert.Equal((scale, level), (sut.Scale, sut.Level));
    }

    [Theory]
    [InlineData("Verloning volgens barema 148 van het Vlaams onderwijs.", "barema 148")]
    [InlineData("Je wordt betaald volgens weddeschaal 346.", "weddeschaal 346")]
    public void Find_NumericScaleAfterAScaleWord_IsTheScaleWithoutLevel(string sentence, string scale)
    {
        var sut = TestKnowledge.FromText($"Leerkracht\n\nAanbod\n\n{sentence}");
        Assert.Equal((scale, (string?)null), (sut.Scale, sut.Level));
    }

    [Fact]
    public void Find_AmountAfterAScaleWord_IsNoScale()
    {
        var sut = TestKnowledge.FromText("Leerkracht\n\nAanbod\n\nBarema 2500 euro bruto per maand.");
        Assert.Null(sut.Scale);
    }

    [Fact]
    public void Find_ClassAndScaleWord_PreferTheScale()
    {
        var sut = TestKnowledge.FromText("Attaché\n\nAanbod\n\nJe wordt aangeworven in de klasse A1 met de bijhorende weddeschaal A11.");
        Assert.Equal(("A11", "A"), (sut.Scale, sut.Level));
    }

    [Fact]
    public void Find_FederalCodeInBracketsAfterTheTitle_IsTheScale()
    {
        var sut = TestKnowledge.FromText("Inspecteur (NA11)\n\nDe politiezone zoekt een inspecteur.");
        Assert.Equal(("NA11", "A"), (sut.Scale, sut.Level));
        Assert.Equal("Inspecteur", sut.Title);
    }

    [Theory]
    [InlineData("Je hebt een goede kennis van het Frans (niveau B2).")]
    [InlineData("Kennis van het Engels op ERK-niveau B1-B2 is een pluspunt.")]
    [InlineData("Je beschikt over een rijbewijs C.")]
    [InlineData("Je hebt een rijbewijs C1 of bent bereid het te behalen.")]
    [InlineData("Je spreekt Nederlands op niveau C1.")]
    public void Find_LanguageLevelOrLicence_IsNoScale(string sentence)
    {
        var sut = TestKnowledge.FromText($"Chauffeur\n\nProfiel\n\n{sentence}");
        Assert.Null(sut.Scale);
    }

    [Theory]
    [InlineData("Vacature\nMaatschappelijk werker (m/v/x)\nOCMW Bruggeveld zoekt een maatschappelijk werker.", "Maatschappelijk werker")]
    [InlineData("Functiebeschrijving\nDeel deze vacature\nAdministratief medewerker – voltijds\nGemeente Zandhoven zoekt een administratief medewerker.", "Administratief medewerker")]
    [InlineData("Jobpunt\nBibliotheekassistent (m/v/x) - halftijds\nWat doe je?\nJe helpt bezoekers.", "Bibliotheekassistent")]
    [InlineData("Functieprofiel\nVerpleegkundige, contractueel\nProfiel\nJe bent verpleegkundige.", "Verpleegkundige")]
    [InlineData("Selectiereglement\nDeskundige ruimtelijke ordening (B1-B3) - contractueel - onbepaalde duur\nAanbod", "Deskundige ruimtelijke ordening")]
    [InlineData("Vacature: Technisch assistent groendienst (m/v)\nWat doe je?", "Technisch assistent groendienst")]
    [InlineData("Functiebeschrijving Boekhouder (4/5)\nProfiel\nAanbod", "Boekhouder")]
    [InlineData("Wat doe je?\nJe maakt planningen.\nPlanner (m/v/x) – 80%", "Planner")]
    [InlineData("Gemeente Zandhoven zoekt een enthousiaste maatschappelijk werker (m/v/x)\nWat doe je?", "Maatschappelijk werker")]
    [InlineData("Stad Geraardsbergen werft een voltijdse boekhouder (B1-B3) aan\nProfiel", "Boekhouder")]
    [InlineData("Selectiereglement\nAttaché fiscaliteit (m/v/x) - klasse A1\nProfiel", "Attaché fiscaliteit")]
    [InlineData("Wij zoeken een maatschappelijk werker (m/v/x)\nWat doe je?", "Maatschappelijk werker")]
    [InlineData("Vacature\nAls onthaalmedewerker werk je binnen het onthaalteam van de gemeente\nProfiel", "Onthaalmedewerker")]
    [InlineData("Welkom\nGemeente Zandhoven zoekt een medewerker sporthal (D1-D3) voor de sportdienst, deeltijds (19 uur per week), met een contract van onbepaalde duur.", "Medewerker sporthal")]
    [InlineData("Vacature\nDossierbeheerder – C1-C3 – voltijds\nProfiel", "Dossierbeheerder")]
    [InlineData("Vacature\nVrachtwagenchauffeur rijbewijs C\nProfiel", "Vrachtwagenchauffeur rijbewijs C")]
    [InlineData("Functiebeschrijving en vacature: Stedenbouwkundige (A1a-A3a)\nVoltijds\nProfiel", "Stedenbouwkundige")]
    [InlineData("Vlaamse overheid\nAgentschap Wegen en Verkeer\nDossierbehandelaar subsidies\nGraad: medewerker – C111\nProfiel", "Dossierbehandelaar subsidies")]
    [InlineData("Werfreserve: consulent woonbeleid (B1-B3)\nWat doe je?\nJe adviseert huurders.", "Consulent woonbeleid")]
    [InlineData("Oproep tot kandidaten – Technicus gebouwenbeheer\nProfiel\nJe hebt een technisch diploma.", "Technicus gebouwenbeheer")]
    [InlineData("Vacature – administratief medewerker burgerzaken (m/v/x)\nAanbod", "Administratief medewerker burgerzaken")]
    [InlineData("Aanwerving en werfreserve: Deskundige milieu (B1-B3)\nProfiel", "Deskundige milieu")]
    [InlineData("Interne bevordering: hoofdmedewerker financiën (C4-C5)\nProfiel", "Hoofdmedewerker financiën")]
    public void Find_TitleUnderLabelsAndHeadings_IsTheJobTitle(string text, string? title)
    {
        var sut = TestKnowledge.FromText(text);
        Assert.Equal(title, sut.Title);
    }

    [Theory]
    [InlineData("Gemeente Zandhoven zoekt een boekhouder.", "Gemeente Zandhoven")]
    [InlineData("Stad Geraardsbergen werft aan: een boekhouder.", "Stad Geraardsbergen")]
    [InlineData("OCMW Bruggeveld zoekt een boekhouder.", "OCMW Bruggeveld")]
    [InlineData("Lokaal bestuur Sint-Laureins zoekt een boekhouder.", "Lokaal bestuur Sint-Laureins")]
    [InlineData("Provincie Limburg zoekt een boekhouder.", "Provincie Limburg")]
    [InlineData("Politiezone Rivierenland zoekt een boekhouder.", "Politiezone Rivierenland")]
    [InlineData("Brandweerzone Centrum zoekt een boekhouder.", "Brandweerzone Centrum")]
    [InlineData("Intercommunale Leiedal zoekt een boekhouder.", "Intercommunale Leiedal")]
    [InlineData("Gemeente De Panne zoekt een boekhouder.", "Gemeente De Panne")]
    [InlineData("Het Agentschap Wegen en Verkeer zoekt een boekhouder.", "Agentschap Wegen en Verkeer")]
    [InlineData("De Federale Overheidsdienst Financiën zoekt een boekhouder.", "Federale overheidsdienst Financiën")]
    [InlineData("De Vlaamse Milieumaatschappij (VMM) zoekt een boekhouder.", "Vlaamse Milieumaatschappij (VMM)")]
    [InlineData("Kind en Gezin werft een boekhouder.", "Kind en Gezin")]
    public void Find_Employer_IsTheOrganisation(string sentence, string organisation)
    {
        var sut = TestKnowledge.FromText($"Werken bij\nVacatures\nBoekhouder (m/v/x)\n{sentence}");
        Assert.Equal(organisation, sut.Organisation);
        Assert.Equal("Boekhouder", sut.Title);
    }

    [Theory]
    [InlineData("KWAV – Intergemeentelijke Waterzuiveringsvereniging Heuvelland\nTechnicus zuivering (C1-C3)\nWat doe je?", "KWAV – Intergemeentelijke Waterzuiveringsvereniging Heuvelland")]
    [InlineData("Intergemeentelijke Woonvereniging Polderland\nConsulent wonen (B1-B3)\nProfiel", "Intergemeentelijke Woonvereniging Polderland")]
    public void Find_IntermunicipalBodyNamedByItsKind_IsTheOrganisation(string text, string organisation)
    {
        var sut = TestKnowledge.FromText(text);
        Assert.Equal(organisation, sut.Organisation);
    }

    [Theory]
    [InlineData("<header><a href=\"/\" class=\"logo\">ABVN – Vlaams Agentschap Bosbeheer en Natuur</a><nav>Home</nav></header>", "Vlaams Agentschap Bosbeheer en Natuur (ABVN)")]
    [InlineData("<header><div id=\"site-logo\"><img src=\"l.png\" alt=\"Intercommunale Ruimtelijke Planning Kempenland\"></div></header>", "Intercommunale Ruimtelijke Planning Kempenland")]
    public void Find_EmployerOnlyInTheSiteLogo_IsTheOrganisation(string header, string organisation)
    {
        var sut = TestKnowledge.FromHtml($"<html><body>{header}<main><h1>Boswachter (m/v/x)</h1><h2>Wat doe je?</h2><p>Je beheert de bossen van de regio.</p></main></body></html>");
        Assert.Equal(organisation, sut.Organisation);
        Assert.Equal("Boswachter", sut.Title);
    }

    [Theory]
    [InlineData("Vacatures\nTuinier – OCMW Walbeek\nProfiel", "Tuinier")]
    [InlineData("Vacatures\nKok (m/v/x) – woonzorgcentrum Ter Heide\nProfiel", "Kok")]
    [InlineData("Vacatures\nMedewerker onthaal – dienst burgerzaken\nProfiel", "Medewerker onthaal – dienst burgerzaken")]
    public void Find_TitleWithTheEmployerAfterADash_IsTheJobTitleAlone(string text, string title)
    {
        Assert.Equal(title, TestKnowledge.FromText(text).Title);
    }

    [Fact]
    public void Find_TitleInCapitalsAboveTheRegimeLine_IsTheTitle()
    {
        var sut = TestKnowledge.FromText("Home / Vacatures\n\nVACATURE\n\nBOEKHOUDER (m/v/x)\nniveau B - voltijds - contractueel\n\nWat doe je?\nJe boekt facturen.");
        Assert.Equal("Boekhouder", sut.Title);
    }

    [Theory]
    [InlineData("ZORGGROEP HAVERLO – woonzorgcentrum De Linde\nBoekhouder (m/v/x)\nZorggroep Haverlo zoekt een boekhouder.", "Zorggroep Haverlo")]
    [InlineData("Scholengroep Denderveld – Atheneum Denderveld\nBoekhouder (m/v/x)\nHet Atheneum Denderveld zoekt een boekhouder.", "Scholengroep Denderveld")]
    [InlineData("WABO – Intergemeentelijke Vereniging voor Afvalbeheer Boven-Leie\nBoekhouder (m/v/x)\nWABO zoekt een boekhouder.", "WABO – Intergemeentelijke Vereniging voor Afvalbeheer Boven-Leie")]
    public void Find_GroupsAndAssociationsWithAcronyms_AreTheOrganisation(string text, string organisation)
    {
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);
    }

    [Theory]
    [InlineData("Gemeente Zilverbeek > Werken bij de gemeente > Vacatures\n\nMedewerker onthaal (C1-C3)\n\nWij zoeken een medewerker onthaal.", "Medewerker onthaal")]
    [InlineData("Home › Jobs › Detail\n\nJobstudenten zomer 2027\n\nDe stad zoekt jobstudenten voor de zomer.", "Jobstudenten zomer 2027")]
    [InlineData("Start » Werken bij ons » Technisch assistent\n\nTechnisch assistent (D1-D3)\n\nJe onderhoudt de gebouwen.", "Technisch assistent")]
    [InlineData("Stad Zilverbeek\n\n- Monitor speelplein De Kikker\n- Redder zwembad\n\nStudentenjob: monitor of redder\n\nJe werkt minstens twee weken.", "Studentenjob: monitor of redder")]
    public void Find_BreadcrumbTrailOrListItemAboveTheTitle_IsNotTheTitle(string text, string title)
    {
        Assert.Equal(title, TestKnowledge.FromText(text).Title);
    }
}
