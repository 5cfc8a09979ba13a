using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Route mechanisms for documents nobody tuned on (issue 9, routes7): requirement lists led in outside a requirements section,
/// staff-only vacancies, internal alternatives sharing the other conditions, levels of tests, "heb je zo'n diploma niet",
/// certificates to obtain after starting, last-year students, exclusion lines, vague fields with a named list, pay lines.
/// Invented sentences, two or three phrasings per mechanism.
/// </summary>
public sealed class RouteMechanismTests
{
    [Theory]
    [InlineData("Je voldoet op de uiterste inschrijvingsdatum aan de volgende voorwaarden:")]
    [InlineData("Om deel te nemen moet je voldoen aan deze toelatingsvoorwaarden:")]
    [InlineData("Kandidaten voldoen aan onderstaande vereisten:")]
    public void Extract_ListLedInUnderAnotherHeading_IsReadAsRequirements(string leadIn)
    {
        var sut = TestKnowledge.FromText("Boekhouder (B1)\n\nOver de job\n\nJe beheert de boekhouding van de dienst.\n\n"
            + leadIn + "\n- je hebt een bachelordiploma in de boekhouding.\n- je hebt minstens 2 jaar relevante ervaring.\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((DiplomaLevel.Bachelor, 2m), (route.Diploma, route.MinExperienceYears));
    }

    [Theory]
    [InlineData("Deze oproep staat enkel open voor personeelsleden van het bestuur. Externe kandidaten kunnen niet deelnemen.")]
    [InlineData("Deze functie is uitsluitend toegankelijk voor de eigen personeelsleden.")]
    public void Extract_StaffOnlyVacancy_ConditionsFormInternalRoutesPerAlternative(string staffOnly)
    {
        var sut = TestKnowledge.FromText("Ploegleider (C4)\n\n" + staffOnly + "\n\nVoorwaarden\n\n"
            + "- je bent statutair of contractueel met een contract van onbepaalde duur;\n"
            + "- je hebt minstens 3 jaar niveauanciënniteit in niveau C,\nof minstens 6 jaar niveauanciënniteit in niveau D;\n"
            + "- je laatste evaluatie is niet ongunstig;\n- er is geen diplomavereiste.\n");

        Assert.All(sut.Requirements.Routes, r => Assert.Equal(RouteAudience.Internal, r.Audience));
        Assert.Equal(2, sut.Requirements.Routes.Count);
        var c = sut.Requirements.Routes.Single(r => r.Internal!.Level == "C").Internal!;
        var d = sut.Requirements.Routes.Single(r => r.Internal!.Level == "D").Internal!;
        Assert.Equal((36, "indefinite", true), (c.MinSeniorityMonths!.Value, c.Contract!, c.FavourableEvaluation));
        Assert.Equal((72, "indefinite", true), (d.MinSeniorityMonths!.Value, d.Contract!, d.FavourableEvaluation));
        Assert.Contains(sut.Requirements.General, g => g.Kind == "internal-only");
    }

    [Theory]
    [InlineData("- Je slaagt voor een redeneertest op het niveau van secundair onderwijs en hebt minstens 3 jaar ervaring als magazijnier.")]
    [InlineData("- Je hebt minstens 3 jaar ervaring als magazijnier en legt een capaciteitstest af van bachelorniveau.")]
    public void Extract_LevelOfATest_IsNoDiplomaOfTheRoute(string line)
    {
        var sut = TestKnowledge.FromText("Magazijnier (D1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n- Heb je geen diploma? Dan kan je deelnemen als:\n" + line + "\n");

        var experience = Assert.Single(sut.Requirements.Routes, r => r.MinExperienceYears == 3);
        Assert.Equal(DiplomaLevel.None, experience.Diploma);
    }

    [Theory]
    [InlineData("- Heb je zo'n diploma niet, maar wel minstens 3 jaar ervaring in de thuiszorg? Dan kan je deelnemen.")]
    [InlineData("- Bezit je dat getuigschrift niet, dan volstaat minstens 3 jaar ervaring in de thuiszorg.")]
    [InlineData("- Heb je een dergelijk kwalificatiebewijs niet? Met minstens 3 jaar ervaring in de thuiszorg kan je toch deelnemen.")]
    public void Extract_WithoutSuchADiplomaButExperience_IsARouteWithoutDiploma(string line)
    {
        var sut = TestKnowledge.FromText("Verzorgende (C1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs verzorging.\n" + line + "\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 3);
        // The experience belongs to the route without a diploma, not to the diploma route.
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary && r.MinExperienceYears is null);
    }

    [Theory]
    [InlineData("- Je hebt het certificaat heftruck of je behaalt het binnen het jaar na je indiensttreding.")]
    [InlineData("- Je bezit een attest hoogtewerker, of je haalt het binnen de 6 maanden na je aanstelling.")]
    public void Extract_CertificateToObtainAfterStarting_IsNoWayIn(string line)
    {
        var sut = TestKnowledge.FromText("Magazijnier (D1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n" + line + "\n");

        Assert.Equal(DiplomaLevel.Secondary, Assert.Single(sut.Requirements.Routes).Diploma);
    }

    [Theory]
    [InlineData("- een certificaat van de opleiding polyvalent verzorgende (volwassenenonderwijs).")]
    [InlineData("- een attest van de opleiding zorgkundige.")]
    public void Extract_CertificateOfACourseInAListOfWaysIn_IsARouteWithThatProof(string line)
    {
        var sut = TestKnowledge.FromText("Verzorgende (C1)\n\nProfiel\n\n- Je hebt een van de volgende kwalificaties:\n- een diploma secundair onderwijs verzorging;\n" + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None);
        Assert.Equal("proof", Assert.Single(route.Alternative).Kind);
    }

    [Theory]
    [InlineData("Laatstejaarsstudenten in de master in de geschiedenis kunnen deelnemen, op voorwaarde dat ze hun diploma behalen vóór 1 juli 2027.")]
    [InlineData("Studenten in hun laatste jaar bachelor mogen ook deelnemen als ze slagen in juni.")]
    public void Extract_LastYearStudentsLine_IsNoRouteOfItsOwn(string line)
    {
        var sut = TestKnowledge.FromText("Archivaris (A1)\n\nProfiel\n\n- Je hebt een master in de geschiedenis.\n- " + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((DiplomaLevel.Master, "geschiedenis"), (route.Diploma, route.DiplomaField));
    }

    [Theory]
    [InlineData("Andere masterdiploma's (bijvoorbeeld filosofie of taalkunde) worden niet aanvaard.")]
    [InlineData("Alle andere richtingen komen niet in aanmerking.")]
    public void Extract_OtherDiplomasExcluded_IsNoRouteAndNoOpenLine(string line)
    {
        var sut = TestKnowledge.FromText("Archivaris (A1)\n\nProfiel\n\n- Je hebt een master in de geschiedenis.\n- " + line + "\n");

        Assert.Equal("geschiedenis", Assert.Single(sut.Requirements.Routes).DiplomaField);
        Assert.Empty(sut.Requirements.Unparsed);
    }

    [Theory]
    [InlineData("Je hebt een bachelor in een relevante richting (logistiek, bedrijfsbeheer, verkeerskunde).", "logistiek, bedrijfsbeheer of verkeerskunde")]
    [InlineData("Je hebt een bachelor in een aanverwante richting, zoals logistiek of verkeerskunde.", "logistiek of verkeerskunde")]
    [InlineData("Je hebt een bachelor in een relevante richting: logistiek, verkeerskunde of mobiliteit.", "logistiek, verkeerskunde of mobiliteit")]
    public void Extract_VagueFieldWithNamedList_TakesTheNamedFields(string line, string field)
    {
        var sut = TestKnowledge.FromText("Mobiliteitsdeskundige (B1)\n\nProfiel\n\n- " + line + "\n");

        Assert.Equal(field, Assert.Single(sut.Requirements.Routes).DiplomaField);
    }

    [Theory]
    [InlineData("- Minder dan 3 jaar ervaring volstaat niet.")]
    [InlineData("- Ervaring: geen ervaring vereist voor de diplomaroute.")]
    [InlineData("- Ervaring in de zorg telt volledig mee voor je loon.")]
    public void Extract_RestatedMinimumNoRequirementOrPayLine_IsNoOpenRequirement(string line)
    {
        var sut = TestKnowledge.FromText("Verzorgende (C1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs verzorging.\n"
            + "- Heb je geen diploma? Dan kan je deelnemen met minstens 3 jaar ervaring in de zorg.\n" + line + "\n");

        Assert.Empty(sut.Requirements.Unparsed);
    }

    [Theory]
    [InlineData("Met een bachelordiploma kan je niet deelnemen.")]
    [InlineData("Kandidaten met een bachelordiploma mogen niet deelnemen.")]
    public void Extract_SentenceThatALowerDiplomaDoesNotAdmit_IsNoPartOfTheRoute(string sentence)
    {
        var sut = TestKnowledge.FromText("Adviseur (A1)\n\nToelatingsvoorwaarden\n\n- Je bent houder van een masterdiploma (om het even welke richting). " + sentence + "\n");

        Assert.Equal(DiplomaLevel.Master, Assert.Single(sut.Requirements.Routes).Diploma);
        Assert.Contains(sut.Requirements.Unparsed, u => u.Touches.Contains("insufficient"));
    }

    [Theory]
    [InlineData("Je diploma moet behaald zijn in het Nederlands.")]
    [InlineData("Je diploma is uitgereikt in het Nederlands, anders leg je een taaltest af.")]
    public void Touches_DiplomaNamedForTheLanguageItWasTaughtIn_IsALanguageMatter(string sentence)
    {
        Assert.DoesNotContain("diploma", Assistant.Knowledge.Extraction.RequirementRules.Touches(sentence));
    }

    [Theory]
    [InlineData("- bachelor Orthopedagogie, bachelor Gezinswetenschappen,", "Orthopedagogie of Gezinswetenschappen")]
    [InlineData("- een bachelor Toegepaste psychologie of een bachelor Orthopedagogie.", "Toegepaste psychologie")]
    public void Extract_ProgrammeNamedWithoutIn_IsTheField(string line, string expectedStart)
    {
        var sut = TestKnowledge.FromText("Begeleider (B1)\n\nProfiel\n\n" + line + "\n");

        Assert.StartsWith(expectedStart, Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor).DiplomaField);
    }

    [Theory]
    [InlineData("Je hebt een bachelor- of masterdiploma in één van deze richtingen: geografie, landmeten (of vastgoed), of milieukunde.")]
    [InlineData("Je hebt een bachelordiploma in een van de volgende studierichtingen: geografie, landmeten, vastgoed of milieukunde.")]
    public void Extract_FieldsListedAfterALeadIn_AreTheRoutesFields(string line)
    {
        var sut = TestKnowledge.FromText("Deskundige (B1)\n\nProfiel\n\n- " + line + "\n");

        var field = Assert.Single(sut.Requirements.Routes).DiplomaField!;
        Assert.Contains("geografie", field, StringComparison.Ordinal);
        Assert.Contains("milieukunde", field, StringComparison.Ordinal);
        Assert.Contains("vastgoed", field, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.1 Deelnemingsvoorwaarden")]
    [InlineData("2 Toelatingsvoorwaarden")]
    public void Extract_NumberedRequirementHeadingInsideAnotherSection_OpensARequirementBlock(string heading)
    {
        var sut = TestKnowledge.FromText("Medewerker (C1)\n\nFunctiebeschrijving en selectiereglement\n\nIntro over de dienst.\n\n" + heading
            + "\n\n> Je hebt een diploma van het secundair onderwijs.\n> Heb je dat diploma niet? Dan kan je deelnemen als je slaagt voor de screening op niveau.\n\n3.2 Competenties\n> Nauwkeurig\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.Alternative.Count == 1);
    }

    [Theory]
    [InlineData("Interne kandidaten – bevordering")]
    [InlineData("Bevordering (interne kandidaten)")]
    public void Extract_InternalCandidatesHeaderWithADash_MakesTheLinesBelowInternal(string header)
    {
        var sut = TestKnowledge.FromMarkdown("# Deskundige\n\n## Voorwaarden\n\n- Je hebt een bachelordiploma.\n\n" + header
            + "\nPersoneelsleden kunnen deelnemen als ze:\n- titularis zijn van een graad in niveau C,\n- minstens 4 jaar niveauanciënniteit hebben in niveau C.\n");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Audience == RouteAudience.Internal);
        Assert.Equal((48, "C"), (route.Internal!.MinSeniorityMonths!.Value, route.Internal.Level!));
    }

    [Theory]
    [InlineData("- Er is geen diplomavereiste en geen nationaliteitsvereiste.")]
    [InlineData("- Een diploma is niet vereist.")]
    [InlineData("- Je hebt geen specifiek diploma nodig, wel zin in het werk.")]
    public void Extract_NoDiplomaLineUnderAHeadingForAllJobs_IsTheNoDiplomaRoute(string line)
    {
        var sut = TestKnowledge.FromText("Jobstudenten zomer\n\n1. Redder\n\n- Je bent minstens 18 jaar.\n- Je hebt een brevet van redder.\n\n"
            + "2. Onthaal\n\n- Je bent minstens 16 jaar.\n\nVoor alle jobs\n\n- Je bent student.\n" + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((RouteAudience.External, DiplomaLevel.None), (route.Audience, route.Diploma));
    }

    [Theory]
    [InlineData("Je hebt een diploma secundair onderwijs, of gelijkwaardig door ervaring: heb je geen diploma secundair onderwijs, dan kan je deelnemen met minstens 3 jaar ervaring als magazijnier.", DiplomaLevel.Secondary)]
    [InlineData("Je hebt een bachelordiploma in om het even welke richting, of gelijkwaardig door ervaring: zonder bachelordiploma word je toegelaten met minstens 3 jaar ervaring als magazijnier.", DiplomaLevel.Bachelor)]
    public void Extract_DiplomaAndExperienceRouteInOneSentence_AreTwoRoutes(string line, DiplomaLevel level)
    {
        var sut = TestKnowledge.FromText("Magazijnier (C1)\n\nProfiel\n\n- " + line + "\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == level && r.MinExperienceYears is null);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 3m);
    }
}
