using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A document that opens several posts under headings of their own keeps each post's routes apart; a field written with a
/// bracketed qualifier, "in de" before every item, or a shared ending is read whole (invented documents and sentences).
/// </summary>
public sealed class PostScopesTests
{
    [Theory]
    [InlineData("Functie 1 – Baliemedewerker (C1-C3)", "Functie 2 – Archivaris (A1a-A3a)", "Voor beide functies")]
    [InlineData("Betrekking 1: baliemedewerker", "Betrekking 2: archivaris", "Gemeenschappelijke voorwaarden")]
    [InlineData("Post A - Baliemedewerker", "Post B - Archivaris", "Voor alle functies")]
    public void Extract_TwoPosts_EachPostsRequirementsStayWithItsRoutes(string first, string second, string common)
    {
        var sut = TestKnowledge.FromText("Vacatures bij de stadsbibliotheek\n\n" + first + "\n\nToelatingsvoorwaarden\n\n"
            + "- Je hebt een diploma secundair onderwijs.\n\n" + second + "\n\nToelatingsvoorwaarden\n\n"
            + "- Je hebt een masterdiploma.\n- Je hebt minstens 3 jaar ervaring in een archief.\n\n" + common + "\n\nWat bieden we?\n\n- Maaltijdcheques.\n");

        var secondary = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary);
        var master = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Master);
        Assert.Null(secondary.MinExperienceYears);
        Assert.Equal(3m, master.MinExperienceYears);
        Assert.NotNull(secondary.Post);
        Assert.NotNull(master.Post);
        Assert.NotEqual(secondary.Post, master.Post);
    }

    [Fact]
    public void Extract_OnePost_RoutesHaveNoPost()
    {
        var sut = TestKnowledge.FromText("Archivaris (A1a)\n\nFunctie\n\nJe beheert het archief.\n\nToelatingsvoorwaarden\n\n- Je hebt een masterdiploma.\n- Je hebt minstens 3 jaar ervaring.\n");

        Assert.All(sut.Requirements.Routes, r => Assert.Null(r.Post));
    }

    [Theory]
    [InlineData("Je hebt een bachelordiploma in de (toegepaste) informatica, in de elektronica of in de multimedia.", "informatica", "elektronica")]
    [InlineData("Je hebt een bachelordiploma in de (professionele) boekhouding of in de fiscaliteit.", "boekhouding", "fiscaliteit")]
    [InlineData("Je hebt een graduaatsdiploma in systeem- en netwerkbeheer.", "systeem- en netwerkbeheer", "systeem- en netwerkbeheer")]
    [InlineData("Je hebt een bachelordiploma in sport- of bewegingswetenschappen.", "sport- of bewegingswetenschappen", "sport- of bewegingswetenschappen")]
    public void Extract_FieldWithQualifierOrSharedEnding_IsReadWhole(string sentence, string first, string also)
    {
        var sut = TestKnowledge.FromText("Medewerker (B1)\n\nToelatingsvoorwaarden\n\n- " + sentence + "\n");

        var field = Assert.Single(sut.Requirements.Routes).DiplomaField!;
        Assert.StartsWith(first, field);
        Assert.Contains(also, field);
    }
}
