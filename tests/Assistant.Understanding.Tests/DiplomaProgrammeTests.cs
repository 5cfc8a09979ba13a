using Assistant.Core.Facts;

namespace Assistant.Understanding.Tests;

/// <summary>
/// A diploma named by its programme alone ("ik heb een diploma haarzorg") is marked as a full diploma of unknown level, never
/// when the words speak of a lower stage; a level in brackets after the diploma and its programme ("Diploma lassen (BSO)")
/// is held. Invented sentences.
/// </summary>
public sealed class DiplomaProgrammeTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb een diploma haarzorg, kan ik solliciteren?")]
    [InlineData("Diploma verkoop, 2 jaar ervaring in een winkel. Maak ik kans?")]
    [InlineData("I hold a diploma in bookkeeping, can I apply?")]
    [InlineData("J'ai un diplôme en électricité, est-ce que je peux postuler ?")]
    public void Analyze_DiplomaNamedByItsProgramme_IsAFullDiplomaOfUnknownLevel(string text)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Null(sut.Diploma);
        Assert.True(sut.DiplomaNamedByField);
    }

    [Theory]
    [InlineData("Ik heb een diploma 2de graad haarzorg, kan ik solliciteren?")]
    [InlineData("Ik heb het getuigschrift van de tweede graad, diploma verkoop heb ik niet.")]
    [InlineData("Ik heb geen diploma verkoop. Kan ik solliciteren?")]
    [InlineData("Ik heb een diploma lager onderwijs, kan ik solliciteren?")]
    [InlineData("I left after the fourth year, I have a diploma in bookkeeping from evening classes.")]
    public void Analyze_ProgrammeWithALowerStageOrDenied_IsNoFullDiploma(string text)
    {
        Assert.NotEqual(true, _sut.Analyze(text).Profile.DiplomaNamedByField);
    }

    [Theory]
    [InlineData("Diploma lassen (BSO) en 4 jaar ervaring. Kan ik meedoen?")]
    [InlineData("Diploma houtbewerking (TSO) maar geen rijbewijs C. Kan ik solliciteren?")]
    [InlineData("Ik heb een diploma koeltechniek (7de jaar BSO), mag ik postuleren?")]
    public void Analyze_LevelInBracketsAfterTheDiplomaAndItsProgramme_IsHeld(string text)
    {
        Assert.Equal(DiplomaLevel.Secondary, _sut.Analyze(text).Profile.Diploma);
    }

    [Theory]
    [InlineData("Ik heb een VWO-diploma uit Nederland. Kan ik solliciteren?")]
    [InlineData("I have the German Abitur, can I apply?")]
    [InlineData("J'ai mon baccalauréat français, puis-je postuler ?")]
    public void Analyze_SecondaryDiplomaFromAbroadByItsName_IsSecondary(string text)
    {
        Assert.Equal(DiplomaLevel.Secondary, _sut.Analyze(text).Profile.Diploma);
    }
}
