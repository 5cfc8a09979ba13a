using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Requirement lists nobody tuned on (elig11): a profile under an English or French heading, a diploma named by the
/// profession it gives access to, a sentence that says experience is not required for diploma holders. Invented sentences.
/// </summary>
public sealed class Elig11RouteTests
{
    [Theory]
    [InlineData("Your profile")]
    [InlineData("Requirements")]
    [InlineData("Votre profil")]
    public void Extract_ProfileUnderForeignHeading_IsReadAsRequirements(string heading)
    {
        var sut = TestKnowledge.FromText("Kinesitherapeut revalidatie (m/v/x)\n\nAbout us\n\nEen revalidatiecentrum met 120 bedden.\n\n"
            + heading + "\n\n- Je hebt een bachelordiploma in de revalidatiewetenschappen.\n\nOur offer\n\n- Maaltijdcheques.\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Bachelor, route.Diploma);
    }

    [Theory]
    [InlineData("Je hebt een diploma of getuigschrift dat toegang geeft tot het beroep van logistiek assistent (bijvoorbeeld 7de jaar Logistiek of de opleiding logistiek assistent in het volwassenenonderwijs).")]
    [InlineData("Je hebt een diploma dat toegang geeft tot het beroep van logistiek assistent.")]
    public void Extract_DiplomaNamedByItsProfession_IsASecondaryRouteWithThatField(string line)
    {
        var sut = TestKnowledge.FromText("Logistiek assistent (D1)\n\nProfiel\n\n" + line + "\n\nVoor wie een diploma heeft, is ervaring niet vereist.\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Secondary, route.Diploma);
        Assert.StartsWith("logistiek assistent", route.DiplomaField, StringComparison.Ordinal);
        Assert.DoesNotContain(sut.Requirements.Unparsed, u => u.Touches.Contains("experience"));
    }

    [Fact]
    public void Extract_ProfessionDiplomaBesideABachelor_KeepsTheBachelor()
    {
        var sut = TestKnowledge.FromText("Verpleegkundige (BV1)\n\nProfiel\n\n- Je hebt een bachelordiploma dat toegang geeft tot het beroep van verpleegkundige.\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Bachelor, route.Diploma);
    }

    [Theory]
    [InlineData("- Je laatste evaluatie was minstens \"voldoende\".")]
    [InlineData("- Je laatste evaluatie was minstens 'gunstig'.")]
    public void Extract_QuotedEvaluationInAStaffOnlyList_IsAConditionOfTheInternalRoute(string evaluation)
    {
        var sut = TestKnowledge.FromText("Bevordering naar niveau B: planner (B1)\n\nDeze vacature staat uitsluitend open voor personeelsleden van de stad.\n\n"
            + "Voorwaarden\n\n- Je bent personeelslid van niveau C met een contract van onbepaalde duur.\n"
            + "- Je hebt minstens 4 jaar niveauanciënniteit in niveau C.\n" + evaluation + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((48, "C", true), (route.Internal!.MinSeniorityMonths, route.Internal.Level, route.Internal.FavourableEvaluation));
        Assert.DoesNotContain(sut.Requirements.Unparsed, u => u.Touches.Contains("internal"));
    }

    [Fact]
    public void Extract_ExperienceInAListOfWorkplacesWithArticles_KeepsEveryWorkplace()
    {
        var sut = TestKnowledge.FromText("Medewerker museumwinkel (C1)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs. Heb je dat diploma niet, dan kan je toch deelnemen "
            + "wanneer je minstens twee jaar ervaring hebt in een museum, een winkel of een galerie.\n");

        var route = Assert.Single(sut.Requirements.Routes, r => r.MinExperienceYears == 2);
        Assert.Equal("domain:museum, winkel of galerie", route.ExperienceKind);
    }
}
