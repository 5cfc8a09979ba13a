using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Which requirement sentences no rule read: judged per sentence, on invented documents.</summary>
public class RequirementCoverageTests
{
    [Fact]
    public void Extract_RestrictingSentenceAfterARouteOnTheSameLine_IsKeptAsUnparsed()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\nJe hebt een diploma secundair onderwijs. Een getuigschrift van het vijfde jaar volstaat niet.");

        var unread = Assert.Single(sut.Requirements.Unparsed);
        Assert.Contains("diploma", unread.Touches);
        Assert.StartsWith("Een getuigschrift van het vijfde jaar", unread.Citation.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ExcludedLowerDiplomaOnTheRouteLine_DoesNotLowerTheRoute()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\nJe hebt een bachelordiploma. Een graduaat volstaat niet.");

        Assert.Equal(DiplomaLevel.Bachelor, Assert.Single(sut.Requirements.Routes).Diploma);
        Assert.Contains(sut.Requirements.Unparsed, u => u.Citation.Quote == "Een graduaat volstaat niet.");
    }

    [Fact]
    public void Extract_ExplainingSentenceAfterARoute_IsNoRequirementToCheck()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\nJe hebt een bachelordiploma. Dat diploma geeft toegang tot niveau B in onze organisatie.");

        Assert.Empty(sut.Requirements.Unparsed);
    }

    [Fact]
    public void Extract_InsufficientDiplomaLine_IsNoRouteButALineToCheck()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\n- Je hebt een diploma hoger secundair onderwijs.\n- Een getuigschrift van het zesde jaar BSO volstaat niet.");

        Assert.Single(sut.Requirements.Routes);
        Assert.Contains(sut.Requirements.Unparsed, u => u.Citation.Quote.Contains("zesde jaar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Een masterdiploma volstaat ook.")]
    [InlineData("Relevante ervaring is een meerwaarde.")]
    [InlineData("Er wordt geen nationaliteitsvoorwaarde gesteld.")]
    public void Extract_WideningAssetOrNoRequirementSentence_IsNotUnparsed(string sentence)
    {
        var sut = TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n- {sentence}");

        Assert.Empty(sut.Requirements.Unparsed);
    }

    [Fact]
    public void Extract_WorkPermitSentence_IsAGeneralRequirementForCandidatesFromOutsideTheEea()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n- Er is geen nationaliteitsvereiste. Kom je van buiten de EER, dan heb je een geldige verblijfs- en arbeidsvergunning nodig.");

        Assert.Contains(sut.Requirements.General, g => g.Kind == "work-permit" && g.Value == "non-EEA");
        Assert.DoesNotContain(sut.Requirements.Unparsed, u => u.Touches.Contains("nationality"));
    }

    [Theory]
    [InlineData("Je bent minstens 16 jaar.", "16")]
    [InlineData("Je bent 18 jaar of ouder op de dag van de indiensttreding.", "18")]
    [InlineData("Minimumleeftijd: 17 jaar.", "17")]
    [InlineData("Minstens 21 jaar oud zijn.", "21")]
    public void Extract_MinimumAgeSentence_IsAGeneralRequirementInYears(string sentence, string years)
    {
        var sut = TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Je hebt een diploma secundair onderwijs.\n- {sentence}");

        Assert.Contains(sut.Requirements.General, g => g.Kind == "min-age" && g.Value == years);
    }

    [Theory]
    [InlineData("Je hebt minstens 18 jaar ervaring in de zorg.")]
    [InlineData("Je bent minstens 15 jaar in dienst bij een lokaal bestuur.")]
    [InlineData("Je hebt een diploma en 20 jaar relevante ervaring.")]
    public void Extract_YearsOfExperienceOrService_AreNoMinimumAge(string sentence)
    {
        var sut = TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Je hebt een diploma secundair onderwijs.\n- {sentence}");

        Assert.DoesNotContain(sut.Requirements.General, g => g.Kind == "min-age");
    }

    [Fact]
    public void Extract_ExperienceInAListOfDomains_KeepsEveryDomain()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\nGeen diploma? Dan kan je deelnemen met minstens 2 jaar ervaring als kok, bakker of slager en slaag je voor een capaciteitstest.");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None);
        Assert.Equal("domain:kok, bakker of slager", route.ExperienceKind);
    }
}
