using Assistant.Core.Facts;

namespace Assistant.Understanding.Tests;

/// <summary>
/// A protected professional title that only one diploma level gives ("zorgkundige", "vroedvrouw", "kleuterleider") is that
/// diploma; a title only worked as, denied, or reached from several levels (a nurse) is not. Invented sentences.
/// </summary>
public sealed class CareTitleFactsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik ben erkend zorgkundige. Kan ik solliciteren?", DiplomaLevel.Secondary, "zorgkundige")]
    [InlineData("Ik heb mijn getuigschrift zorgkundige behaald in het volwassenenonderwijs, mag ik meedoen?", DiplomaLevel.Secondary, "zorgkundige")]
    [InlineData("I'm a certified nursing assistant, am I eligible?", DiplomaLevel.Secondary, "zorgkundige")]
    [InlineData("Je suis aide-soignante, puis-je postuler ?", DiplomaLevel.Secondary, "zorgkundige")]
    [InlineData("Ik ben vroedkundige en zoek werk, kan ik solliciteren?", DiplomaLevel.Bachelor, "vroedkunde")]
    [InlineData("Ik ben kleuterleidster, mag ik solliciteren voor de opvang?", DiplomaLevel.Bachelor, "kleuteronderwijs")]
    [InlineData("I'm a qualified occupational therapist, can I apply?", DiplomaLevel.Bachelor, "ergotherapie")]
    public void Analyze_CareTitle_IsTheDiplomaOfThatTitle(string text, DiplomaLevel level, string field)
    {
        var profile = _sut.Analyze(text).Profile;

        Assert.Equal((level, field), (profile.Diploma, profile.DiplomaField));
    }

    [Theory]
    [InlineData("Ik ben geen zorgkundige, kan ik toch solliciteren?")]
    [InlineData("Ik werk al 3 jaar als zorgkundige in een woonzorgcentrum, kan ik solliciteren?")]
    [InlineData("Ik ben verpleegkundige, kan ik solliciteren?")]
    public void Analyze_TitleNotHeldOrOfSeveralLevels_GivesNoDiploma(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.Diploma);
    }

    [Fact]
    public void Analyze_CareTitleBesideANamedDiploma_KeepsTheNamedDiploma()
    {
        var profile = _sut.Analyze("Ik ben zorgkundige en heb een bachelor sociaal werk. Kan ik solliciteren?").Profile;

        Assert.Equal(DiplomaLevel.Bachelor, profile.Diploma);
    }
}
