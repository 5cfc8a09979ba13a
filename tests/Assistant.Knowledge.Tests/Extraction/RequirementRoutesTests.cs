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
        // The evaluation line on its own also stays a line to check: a yes through this route is never given on it alone.
        Assert.Contains(sut.Requirements.Unparsed, u => u.Citation.Quote.Contains("evaluatie", StringComparison.Ordinal));
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
}
