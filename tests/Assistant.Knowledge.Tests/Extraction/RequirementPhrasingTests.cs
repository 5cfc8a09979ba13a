using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Admission requirements as real vacancies phrase them: what is a route, what is only a negation, what concerns internal candidates.</summary>
public sealed class RequirementPhrasingTests
{
    [Theory]
    [InlineData("Er is geen diploma vereist.")]
    [InlineData("Je hebt geen specifiek diploma nodig.")]
    [InlineData("Voor deze functie gelden geen diplomavereisten.")]
    public void Extract_NoDiplomaRequired_IsARouteWithoutDiploma(string sentence)
    {
        var sut = TestKnowledge.FromText($"Poetshulp (E1-E3)\n\nWat vragen we?\n\n- {sentence}\n- Je bent flexibel.");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((RouteAudience.External, DiplomaLevel.None), (route.Audience, route.Diploma));
        Assert.Empty(route.Alternative);
    }

    [Fact]
    public void Extract_InternalCandidatesNeedNoDiploma_IsNoExternalRouteForAnyone()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\n- Je hebt een diploma secundair onderwijs.\n- Interne kandidaten hoeven geen diploma voor te leggen.");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.None && r.Alternative.Count == 0);
    }

    [Fact]
    public void Extract_NoDiplomaWithExperienceAndAnInstructionAfterIt_IsAnExperienceRoute()
    {
        var sut = TestKnowledge.FromText("Profiel\n\n- Je hebt een diploma secundair onderwijs.\n- Geen diploma? Met minstens 4 jaar relevante ervaring kan je ook deelnemen. Voeg dan een overzicht van je ervaring toe.");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 4);
    }

    [Fact]
    public void Extract_HeadingForInternalCandidatesInParentheses_MakesAnInternalRoute()
    {
        var sut = TestKnowledge.FromMarkdown("# Teamverantwoordelijke\n\n## Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n\n## Bevorderingsvoorwaarden (interne kandidaten)\n\n- Je hebt minstens 4 jaar anciënniteit in niveau C.\n");

        var internalRoute = Assert.Single(sut.Requirements.Routes, r => r.Audience == RouteAudience.Internal);
        Assert.Equal(48, internalRoute.Internal?.MinSeniorityMonths);
    }

    [Theory]
    [InlineData("Een rijbewijs is niet vereist.")]
    [InlineData("Je hebt geen rijbewijs nodig.")]
    [InlineData("Een rijbewijs B is bij voorkeur aanwezig.")]
    public void Extract_LicenceNotRequired_IsNoLicenceRequirement(string sentence)
    {
        var sut = TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Je hebt een diploma secundair onderwijs.\n- {sentence}");

        Assert.DoesNotContain(sut.Requirements.General, g => g.Kind == "licence");
    }

    [Theory]
    [InlineData("Je hebt een rijbewijs C.", "C")]
    [InlineData("In het bezit zijn van een rijbewijs categorie B.", "B")]
    [InlineData("Je hebt een C-rijbewijs of je behaalt het binnen het jaar.", "C")]
    public void Extract_RequiredLicence_KeepsItsCategory(string sentence, string category)
    {
        var sut = TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- {sentence}");

        Assert.Equal(category, Assert.Single(sut.Requirements.General, g => g.Kind == "licence").Value);
    }

    [Theory]
    [InlineData("Je bent onderdaan van een lidstaat van de Europese Unie.", "EU")]
    [InlineData("Je bent onderdaan van een lidstaat van de Europese Economische Ruimte of van Zwitserland.", "EEA+CH")]
    [InlineData("Er geldt geen nationaliteitsvoorwaarde.", "none")]
    public void Extract_Nationality_IsReadAsARule(string sentence, string value)
    {
        var sut = TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- {sentence}");

        Assert.Equal(value, Assert.Single(sut.Requirements.General, g => g.Kind == "nationality").Value);
    }

    [Fact]
    public void Extract_FinalYearStudentsAdmitted_IsAGeneralRequirementTheToolsRead()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n- Laatstejaarsstudenten mogen deelnemen als ze hun diploma behalen tegen 30 juni 2027.");

        Assert.Contains(sut.Requirements.General, g => g.Kind == "students");
    }

    [Fact]
    public void Extract_RequirementNoRuleReads_IsKeptAsUnparsedWithWhatItTouches()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n- Je diploma moet behaald zijn aan een onderwijsinstelling van de Vlaamse Gemeenschap.");

        Assert.Contains(sut.Requirements.Unparsed, u => u.Touches.Contains("diploma"));
    }

    [Theory]
    [InlineData("Solliciteer via het e-loket op www.testgem.be/jobs. Voeg je cv, een motivatiebrief en een kopie van je diploma toe.")]
    [InlineData("Mail je cv, je motivatiebrief en een kopie van je diploma naar jobs@testgem.be.")]
    public void Extract_DocumentsNamedInASendingSentence_AreTheDocumentsToSend(string sentence)
    {
        var sut = TestKnowledge.FromText($"Solliciteren\n\n{sentence}");

        Assert.Equal(["cv", "motivation-letter", "diploma"], sut.Documents.Select(d => d.Kind));
    }

    [Theory]
    [InlineData("Het Agentschap Landelijke Waterlopen zoekt een projectingenieur.", "Agentschap Landelijke Waterlopen")]
    [InlineData("Intercommunale Waterbeheer Leiebroek (IWL) zoekt een elektromechanicus.", "Intercommunale Waterbeheer Leiebroek (IWL)")]
    [InlineData("Stad Zandelo zoekt een bibliothecaris.", "Stad Zandelo")]
    [InlineData("Het Vlaams Agentschap Huurondersteuning zoekt een klantenadviseur.", "Vlaams Agentschap Huurondersteuning")]
    [InlineData("Het Federaal Instituut voor Metrologie en IJking (FIMI) zoekt een administratief medewerker.", "Federaal Instituut voor Metrologie en IJking (FIMI)")]
    public void Extract_BodyNamedBySeveralWords_KeepsTheWholeName(string sentence, string organisation)
    {
        var sut = TestKnowledge.FromText($"{sentence}\n\nWat doe je?\n\nJe werkt in een team.");

        Assert.Equal(organisation, sut.Organisation);
    }

    [Fact]
    public void Extract_GraduateDiplomaInAField_KeepsTheField()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\n- Je hebt een diploma van graduaat (HBO5) in het programmeren of in systemen en netwerken en minstens 2 jaar relevante ervaring in ICT-beheer.");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Graduate, route.Diploma);
        Assert.StartsWith("programmeren", route.DiplomaField, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SendYourCvByADate_IsTheApplicationDeadline()
    {
        var sut = TestKnowledge.FromText("Interesse?\n\nStuur je cv en een korte motivatie ten laatste op woensdag\n27 januari 2027 om 12u naar jobs@testgem.be.");

        Assert.Equal(new DateOnly(2027, 1, 27), sut.ApplicationDeadline?.Date);
        Assert.Equal(new TimeOnly(12, 0), sut.ApplicationDeadline?.Time);
    }
}
