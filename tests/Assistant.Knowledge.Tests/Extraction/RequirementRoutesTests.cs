using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Requirement phrasings read into routes and general requirements: proofs to obtain (EVC), fields of secondary diplomas
/// and options, promotion conditions listed one per line, the final-year date, labelled licence lines and lines that
/// say something is not required. Invented sentences.
/// </summary>
public sealed class RequirementRoutesTests
{
    [Fact]
    public void Extract_ExperienceRouteOnConditionOfAnEvcAttest_HasAProofCondition()
    {
        var sut = TestKnowledge.FromText("Verzorgende (C1)\n\nWat vragen we?\n\n- Je hebt een diploma secundair onderwijs verzorging.\n"
            + "- Geen diploma, maar wel minstens 2 jaar ervaring in de thuiszorg? Dan kan je starten op voorwaarde dat je binnen de twee jaar een EVC-attest verzorgende behaalt.");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None);
        var proof = Assert.Single(route.Alternative);
        Assert.Equal(("proof", "EVC-attest verzorgende"), (proof.Kind, proof.Name));
    }

    [Fact]
    public void Extract_PlainDiplomaLineMentioningNoProofCondition_HasNoProof()
    {
        var sut = TestKnowledge.FromText("Verzorgende (C1)\n\nWat vragen we?\n\n- Je hebt een diploma secundair onderwijs of een gelijkwaardig diploma.");

        Assert.All(sut.Requirements.Routes, r => Assert.Empty(r.Alternative));
    }

    [Theory]
    [InlineData("Je hebt een diploma secundair onderwijs verzorging.", "verzorging")]
    [InlineData("Je hebt het 7de jaar haarzorg of een diploma secundair onderwijs haarzorg.", "haarzorg")]
    [InlineData("Je hebt een diploma secundair onderwijs (ASO, TSO of BSO).", null)]
    [InlineData("Je hebt een diploma secundair onderwijs of gelijkwaardig.", null)]
    public void Extract_SecondaryDiplomaWithAField_KeepsTheField(string sentence, string? field)
    {
        var sut = TestKnowledge.FromText($"Kapper (D1)\n\nProfiel\n\n- {sentence}\n- Je bent klantvriendelijk.");

        Assert.Equal(field, Assert.Single(sut.Requirements.Routes).DiplomaField);
    }

    [Fact]
    public void Extract_BachelorWithAnOption_NarrowsTheFieldToTheOption()
    {
        var sut = TestKnowledge.FromText("Analist (B1)\n\nProfiel\n\n- Je hebt een bachelor in de toegepaste informatica, afstudeerrichting netwerkbeheer, of een gelijkwaardig diploma.");

        Assert.Equal("toegepaste informatica: netwerkbeheer", Assert.Single(sut.Requirements.Routes).DiplomaField);
    }

    [Fact]
    public void Extract_PromotionConditionsOnePerLine_AreOneInternalRouteWithAllOfThem()
    {
        var sut = TestKnowledge.FromMarkdown("# Coördinator\n\n## Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n\n"
            + "## Bevorderingsvoorwaarden\n\nPersoneelsleden kunnen deelnemen via bevordering als ze:\n\n- minstens 2 jaar anciënniteit hebben in niveau C;\n- een gunstige evaluatie kregen bij hun laatste evaluatie.\n");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Audience == RouteAudience.Internal);
        Assert.Equal((24, "C", true), (route.Internal!.MinSeniorityMonths, route.Internal.Level, route.Internal.FavourableEvaluation));
        // The evaluation line is the route's evaluation condition, checked against what the candidate says: no line left unread.
        Assert.DoesNotContain(sut.Requirements.Unparsed, u => u.Citation.Quote.Contains("evaluatie", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Laatstejaarsstudenten mogen deelnemen als ze hun diploma behalen vóór 1 september 2026.", "2026-08-31")]
    [InlineData("Ben je laatstejaarsstudent? Dan kan je deelnemen op voorwaarde dat je je diploma behaalt ten laatste op 15 juli 2026.", "2026-07-15")]
    public void Extract_FinalYearStudentsWithADate_KeepTheLastDay(string sentence, string lastDay)
    {
        var sut = TestKnowledge.FromText($"Jurist (A1a)\n\nProfiel\n\n- Je hebt een masterdiploma in de rechten.\n- {sentence}");

        var students = Assert.Single(sut.Requirements.General, g => g.Kind == "students");
        Assert.Equal(lastDay, students.Value);
    }

    [Theory]
    [InlineData("een EVC-certificaat als lasser.")]
    [InlineData("een attest van verworven competenties (EVC) als lasser.")]
    public void Extract_ProofListedBesideADiploma_IsARouteWithoutDiplomaAskingForTheProof(string item)
    {
        var sut = TestKnowledge.FromText("Hersteller (C1)\n\nDiplomavereisten\n\nOp de uiterste inschrijvingsdatum heb je:\n\n- een diploma van het secundair onderwijs, of\n- " + item);

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary);
        var proof = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None);
        Assert.Equal("proof", Assert.Single(proof.Alternative).Kind);
    }

    [Theory]
    [InlineData("Je hoeft niet de Belgische nationaliteit te hebben.")]
    [InlineData("De Belgische nationaliteit is niet vereist.")]
    public void Extract_NationalityNotRequired_IsNoNationalityRequirement(string sentence)
    {
        var sut = TestKnowledge.FromText($"Hersteller (C1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n- {sentence}");

        Assert.Equal("none", Assert.Single(sut.Requirements.General, g => g.Kind == "nationality").Value);
    }

    [Fact]
    public void Extract_NotBelgianButEuropean_IsStillANationalityRequirement()
    {
        var sut = TestKnowledge.FromText("Hersteller (C1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n- Je hoeft niet de Belgische nationaliteit te hebben, maar je bent wel onderdaan van een lidstaat van de Europese Unie.");

        Assert.NotEqual("none", Assert.Single(sut.Requirements.General, g => g.Kind == "nationality").Value);
    }

    [Fact]
    public void Extract_StudentsInTheirLastYearOfSchool_AreAdmitted()
    {
        var sut = TestKnowledge.FromText("Hersteller (C1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n- Zit je in je laatste jaar secundair onderwijs? Dan mag je deelnemen.");

        Assert.Single(sut.Requirements.General, g => g.Kind == "students");
    }

    [Fact]
    public void Extract_LicenceWithAnAssetInBrackets_IsStillRequired()
    {
        var sut = TestKnowledge.FromText("Chauffeur (D1)\n\nProfiel\n\n- Er is geen diplomavereiste.\n- Je hebt een geldig rijbewijs C (D is een troef).");

        Assert.Equal("C", Assert.Single(sut.Requirements.General, g => g.Kind == "licence").Value);
    }

    [Fact]
    public void Extract_LabelledLicenceLine_TakesTheNamedCategory()
    {
        var sut = TestKnowledge.FromText("Chauffeur (D1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n- Rijbewijs: je hebt een rijbewijs CE en een getuigschrift vakbekwaamheid.");

        Assert.Equal("CE", Assert.Single(sut.Requirements.General, g => g.Kind == "licence").Value);
    }

    [Fact]
    public void Extract_LineSayingALicenceIsNotRequired_IsKeptAsNotRequired()
    {
        var sut = TestKnowledge.FromText("Onthaalmedewerker (C1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n- Een rijbewijs is niet vereist.");

        var line = Assert.Single(sut.Requirements.Preferences);
        Assert.True(line.NotRequired);
        Assert.Contains("rijbewijs", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DutchShownByDiplomaOrCertificate_IsALanguageRequirementNotAnUnreadDiplomaLine()
    {
        var sut = TestKnowledge.FromText("Boekhouder (B1)\n\nProfiel\n\n- Je hebt een bachelordiploma.\n- Nederlands moet blijken uit je diploma of uit een taalcertificaat.");

        Assert.Contains(sut.Requirements.General, g => g.Kind == "language");
        Assert.Empty(sut.Requirements.Unparsed);
    }

    [Fact]
    public void Extract_FavourableEvaluationOnItsOwn_IsNoRouteButAnUnreadLine()
    {
        var sut = TestKnowledge.FromMarkdown("# Coördinator\n\n## Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n\n"
            + "## Voor interne kandidaten\n\n- Je hebt een diploma van het hoger onderwijs.\n- Je kreeg een gunstige evaluatie.\n");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Internal is { MinSeniorityMonths: null, Level: null, Contract: null });
        Assert.Contains(sut.Requirements.Unparsed, u => u.Citation.Quote.Contains("evaluatie", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FieldsListedWithCommasAndOf_AreAllAccepted()
    {
        var sut = TestKnowledge.FromText("Analist (B1)\n\nProfiel\n\n- Je hebt een bachelordiploma in de sociologie, de criminologie of (toegepaste) psychologie.");

        Assert.Equal("sociologie, criminologie of psychologie", Assert.Single(sut.Requirements.Routes).DiplomaField);
    }

    [Fact]
    public void Extract_FieldListClosedByAnEquivalentDiploma_KeepsTheListedFields()
    {
        var sut = TestKnowledge.FromText("Ingenieur (A1)\n\nProfiel\n\n- Je hebt een bachelordiploma in een technische richting: bouwkunde, chemie, elektronica of een gelijkwaardig technisch diploma.");

        Assert.Equal("een technische richting: bouwkunde, chemie, elektronica", Assert.Single(sut.Requirements.Routes).DiplomaField);
    }

    [Fact]
    public void Extract_ExperienceLineOpeningWithEn_BelongsToTheRouteBeforeItOnly()
    {
        var sut = TestKnowledge.FromText("Redacteur (B1)\n\nProfiel\n\n- Je hebt een bachelordiploma in de journalistiek;\nOF\n- je hebt een ander bachelordiploma\n"
            + "EN je kan minstens 3 jaar ervaring in de pers aantonen.");

        Assert.Null(Assert.Single(sut.Requirements.Routes, r => r.DiplomaField == "journalistiek").MinExperienceYears);
        Assert.Equal(3, Assert.Single(sut.Requirements.Routes, r => r.DiplomaField is null).MinExperienceYears);
        Assert.Empty(sut.Requirements.Unparsed);
    }

    [Fact]
    public void Extract_InternalLeadLineAndItsConditions_AreOneRouteWithoutALevelOnlyRoute()
    {
        var sut = TestKnowledge.FromText("Planner (B1)\n\nProfiel\n\n- Je hebt een bachelordiploma.\n\nVoorwaarden voor interne kandidaten (bevordering)\n"
            + "Werk je al bij de gemeente in niveau C? Dan kan je deelnemen via bevordering als je\n- minstens 5 jaar niveauanciënniteit hebt in niveau C, en\n"
            + "- geen ongunstige evaluatie kreeg bij je laatste evaluatie.");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Audience == RouteAudience.Internal);
        Assert.Equal((60, "C", true), (route.Internal!.MinSeniorityMonths, route.Internal.Level, route.Internal.FavourableEvaluation));
        Assert.DoesNotContain(sut.Requirements.Unparsed, u => u.Touches.Contains("internal"));
    }

    [Theory]
    [InlineData("Een bachelor in een andere richting geeft voor deze functie geen toegang.")]
    [InlineData("Master in de chemie maar nog geen lerarenopleiding?")]
    public void Extract_ExclusionOrQuestionLine_IsNoRoute(string line)
    {
        var sut = TestKnowledge.FromText($"Leraar (B1)\n\nProfiel\n\n- Je hebt een bachelor in het onderwijs: secundair onderwijs met onderwijsvak chemie.\n\n{line}");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Bachelor, route.Diploma);
    }

    [Fact]
    public void Extract_NamedCertificateAndTrainees_AreGeneralRequirementsWithTheDate()
    {
        var sut = TestKnowledge.FromText("Brandwacht (C1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n- Je hebt een geldig brevet Eerste Hulp.\n"
            + "- Volg je nu de opleiding Eerste Hulp? Dan mag je deelnemen, op voorwaarde dat je je brevet behaalt vóór 1 mei 2027.");

        Assert.Equal("brevet Eerste Hulp", Assert.Single(sut.Requirements.General, g => g.Kind == "certificate").Value);
        Assert.Equal("2027-04-30", Assert.Single(sut.Requirements.General, g => g.Kind == "certificate-trainees").Value);
        Assert.Empty(sut.Requirements.Unparsed);
    }

    [Fact]
    public void Extract_LicenceLineWithAPreferredCategory_RequiresTheOtherCategory()
    {
        var sut = TestKnowledge.FromText("Chauffeur (D1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n- Je hebt een rijbewijs C. Een rijbewijs CE is een troef.");

        Assert.Equal("C", Assert.Single(sut.Requirements.General, g => g.Kind == "licence").Value);
    }

    [Fact]
    public void Extract_NumberedHeadingTheSectionerMissed_IsNoUnreadRequirement()
    {
        var sut = TestKnowledge.FromText("Analist (B1)\n\nProfiel\n\n4.2 Diplomavereisten\n- Je hebt een bachelordiploma.");

        Assert.DoesNotContain(sut.Requirements.Unparsed, u => u.Citation.Quote.Contains("Diplomavereisten", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("hetzij een diploma secundair onderwijs, hetzij minstens 4 jaar relevante beroepservaring.")]
    [InlineData("een diploma secundair onderwijs, ofwel minstens 4 jaar relevante beroepservaring.")]
    [InlineData("een diploma secundair onderwijs, of minstens 4 jaar relevante beroepservaring.")]
    [InlineData("een diploma secundair onderwijs OF je kan minstens 4 jaar relevante beroepservaring aantonen.")]
    [InlineData("een diploma secundair onderwijs of je hebt minstens 4 jaar relevante beroepservaring.")]
    [InlineData("een diploma secundair onderwijs OF minstens 4 jaar relevante beroepservaring.")]
    public void Extract_DiplomaOrYearsOfExperienceOnOneLine_AreTwoRoutes(string line)
    {
        var sut = TestKnowledge.FromText($"Magazijnier (D1)\n\nProfiel\n\n- Je hebt {line}\n- Je bent stipt.");

        var routes = sut.Requirements.Routes;
        Assert.Equal(2, routes.Count);
        Assert.Contains(routes, r => r.Diploma == DiplomaLevel.Secondary && r.MinExperienceYears is null);
        Assert.Contains(routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 4);
    }

    [Fact]
    public void Extract_MasterOrBachelorWithExperienceOnOneLine_KeepsTheMasterWithoutExperience()
    {
        var sut = TestKnowledge.FromText("Attaché (A1)\n\nToelatingsvoorwaarden\n\n- Je hebt een diploma op masterniveau, of een bachelordiploma met minstens 5 jaar relevante ervaring.");

        var routes = sut.Requirements.Routes;
        Assert.Contains(routes, r => r.Diploma == DiplomaLevel.Master && r.MinExperienceYears is null);
        Assert.Contains(routes, r => r.Diploma == DiplomaLevel.Bachelor && r.MinExperienceYears == 5);
    }

    [Fact]
    public void Extract_OneLevelWithAListOfFields_StaysOneRoute()
    {
        var sut = TestKnowledge.FromText("Ingenieur (A1)\n\nProfiel\n\n- Je hebt een master in de bio-ingenieurswetenschappen, of een master in de geologie.");

        Assert.Equal(DiplomaLevel.Master, Assert.Single(sut.Requirements.Routes).Diploma);
    }

    [Fact]
    public void Extract_CertificateOfATradeBesideADiploma_IsARouteWithoutADiplomaAskingForIt()
    {
        var sut = TestKnowledge.FromText("Begeleider (C1)\n\nProfiel\n\n- Je hebt een attest of brevet opvoeder, ofwel een diploma secundair onderwijs jeugdzorg.");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None);
        Assert.Equal(("proof", "attest of brevet opvoeder"), (Assert.Single(route.Alternative).Kind, route.Alternative[0].Name));
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary);
    }

    [Fact]
    public void Extract_CertificateNamedAsAnAsset_IsNoRoute()
    {
        var sut = TestKnowledge.FromText("Adviseur (B1)\n\nProfiel\n\n- Je hebt een bachelordiploma.\n- Een brevet van veiligheidscoördinator is een pluspunt, geen vereiste.");

        Assert.Equal(DiplomaLevel.Bachelor, Assert.Single(sut.Requirements.Routes).Diploma);
    }

    [Theory]
    [InlineData("Een diploma is geen vereiste.")]
    [InlineData("Je kan ook zonder diploma solliciteren.")]
    [InlineData("Er is geen diplomavereiste.")]
    public void Extract_NoDiplomaNeeded_IsAnExternalRouteWithoutDiploma(string line)
    {
        var sut = TestKnowledge.FromText($"Arbeider (E1)\n\nProfiel\n\n- {line}\n- Je bent fysiek fit.");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((RouteAudience.External, DiplomaLevel.None, 0), (route.Audience, route.Diploma, route.Alternative.Count));
    }

    [Fact]
    public void Extract_NoDiplomaNeededWhenExperienced_IsARouteWithTheYears()
    {
        var sut = TestKnowledge.FromText("Begeleider (B1)\n\nProfiel\n\n- Je hebt een bachelordiploma in de orthopedagogie. Een diploma is geen vereiste als je minstens 7 jaar ervaring als begeleider hebt.");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor && r.MinExperienceYears is null);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 7);
    }

    [Fact]
    public void Extract_InternalStaffOfALevelWithSeniority_IsAnInternalRoutePerLevel()
    {
        var sut = TestKnowledge.FromMarkdown("# Administratief medewerker\n\n## Toelatingsvoorwaarden\n\n- Je hebt een diploma secundair onderwijs.\n\n"
            + "## Bevordering\n\n- interne personeelsleden van niveau D met minstens 4 jaar niveauanciënniteit;\n- interne personeelsleden van niveau E met minstens 9 jaar niveauanciënniteit.\n");

        var internals = sut.Requirements.Routes.Where(r => r.Audience == RouteAudience.Internal).ToList();
        Assert.Equal(2, internals.Count);
        Assert.All(internals, r => Assert.Equal(DiplomaLevel.None, r.Diploma));
        Assert.Contains(internals, r => r.Internal is { Level: "D", LevelComparison: "exact", MinSeniorityMonths: 48 });
        Assert.Contains(internals, r => r.Internal is { Level: "E", MinSeniorityMonths: 108 });
    }
    [Fact]
    public void Extract_InternalStaffLineOutsideAnInternalBlock_IsAnInternalRoute()
    {
        var sut = TestKnowledge.FromText("Teamcoach (B4)\n\nToelatingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n"
            + "- Interne personeelsleden van niveau C met minstens 3 jaar niveauanciënniteit kunnen ook deelnemen.");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Audience == RouteAudience.Internal);
        Assert.Equal((DiplomaLevel.None, "C", 36), (route.Diploma, route.Internal!.Level, route.Internal.MinSeniorityMonths));
    }

    [Fact]
    public void Extract_MasterSentenceThenBachelorWithExperience_AreTwoRoutes()
    {
        var sut = TestKnowledge.FromText("Analist (A1)\n\nToelatingsvoorwaarden\n\nJe hebt een masterdiploma. Heb je een bachelordiploma, dan heb je minstens 2 jaar relevante ervaring.");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Master && r.MinExperienceYears is null);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor && r.MinExperienceYears == 2);
    }

    [Fact]
    public void Extract_MasterLevelTitleWithOnlyABachelorAndExperienceLine_AddsTheMasterRouteCitingTheTitle()
    {
        var sut = TestKnowledge.FromMarkdown("# Attaché beleid (masterniveau)\n\n## Profiel\n\n- Je hebt een bachelordiploma en minstens 5 jaar ervaring in beleidswerk.\n- Je bent nauwkeurig.\n");

        var master = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Master);
        Assert.Contains("masterniveau", master.Citation.Quote, StringComparison.Ordinal);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor && r.MinExperienceYears == 5);
    }

    [Fact]
    public void Extract_OrdinaryTitleWithABachelorAndExperienceLine_AddsNoMasterRoute()
    {
        var sut = TestKnowledge.FromMarkdown("# Projectmedewerker\n\n## Profiel\n\n- Je hebt een bachelordiploma en minstens 5 jaar ervaring in beleidswerk.\n");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Master);
    }

    [Theory]
    [InlineData("## Bevorderingsvoorwaarden (enkel voor personeelsleden van de stad)")]
    [InlineData("## Voorwaarden voor bevordering – alleen voor eigen personeel")]
    public void Extract_StaffOnlyWordsInThePromotionHeading_LeaveTheRecruitmentRouteWhole(string promotionHeading)
    {
        var sut = TestKnowledge.FromMarkdown("# Deskundige (B1-B3)\n\n## Aanwervingsvoorwaarden\n1. Je hebt een bachelordiploma.\n2. Je hebt minstens 1 jaar ervaring in een HR-functie.\n\n"
            + promotionHeading + "\n1. Je hebt minstens 4 jaar niveauanciënniteit in niveau C.\n");

        Assert.DoesNotContain(sut.Requirements.General, g => g.Kind == "internal-only");
        Assert.Contains(sut.Requirements.Routes, r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.Bachelor && r.MinExperienceYears == 1);
    }

    [Fact]
    public void Extract_AStaffOnlyVacancyWithoutARecruitmentHeading_StaysStaffOnly()
    {
        var sut = TestKnowledge.FromMarkdown("# Deskundige (B1-B3)\n\n## Bevorderingsvoorwaarden (enkel voor personeelsleden van de stad)\n1. Je hebt een bachelordiploma.\n2. Je hebt minstens 4 jaar niveauanciënniteit in niveau C.\n");

        Assert.Contains(sut.Requirements.General, g => g.Kind == "internal-only");
    }
}
