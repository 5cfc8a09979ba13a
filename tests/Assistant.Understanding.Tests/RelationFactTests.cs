using Assistant.Core.Facts;

namespace Assistant.Understanding.Tests;

/// <summary>A tie to someone in office the candidate speaks of, in nl/en/fr: a partner, a relative, or none.</summary>
public sealed class RelationFactTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Mijn man zit in het bestuur van de watering. Mag ik solliciteren?", "partner")]
    [InlineData("mijn vriendin is schepen in onze gemeente, kan ik toch meedoen?", "partner")]
    [InlineData("My sister sits on the municipal council. Can I apply?", "relative")]
    [InlineData("Mon père est échevin, est-ce que je peux postuler ?", "relative")]
    [InlineData("Mijn man zit niet meer in de raad van bestuur, mag ik solliciteren?", null)]
    [InlineData("Mijn man werkt als boekhouder. Mag ik solliciteren?", null)]
    [InlineData("Ik heb een bachelor boekhouding, kan ik solliciteren?", null)]
    public void Analyze_TieToAnOfficeHolder_SetsRelation(string text, string? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Relation);
    }
}

/// <summary>What the candidate says of their criminal record, in nl/en/fr; a question about the extract is no fact.</summary>
public sealed class CriminalRecordFactTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb een veroordeling voor dronken rijden, mag ik solliciteren?", false)]
    [InlineData("mijn strafblad is niet blanco, kan ik meedoen?", false)]
    [InlineData("I have a criminal record from ten years ago. Can I apply?", false)]
    [InlineData("J'ai été condamné il y a cinq ans, puis-je postuler ?", false)]
    [InlineData("Mijn strafregister is blanco en ik heb een bachelor.", true)]
    [InlineData("I have no criminal record and a driving licence.", true)]
    [InlineData("Mon casier judiciaire est vierge.", true)]
    [InlineData("Heb ik een uittreksel uit het strafregister nodig?", null)]
    [InlineData("Ik heb een bachelor boekhouding.", null)]
    public void Analyze_CriminalRecord_SetsCleanRecord(string text, bool? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.CleanRecord);
    }
}

/// <summary>Lower secondary school only is no secondary diploma; a full one stays one.</summary>
public sealed class LowerSecondaryFactTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("I'm Belgian but I only finished lower secondary school. Can I apply?", null)]
    [InlineData("Ik heb enkel lager secundair onderwijs gedaan, kan ik solliciteren?", null)]
    [InlineData("J'ai seulement le secondaire inférieur, puis-je postuler ?", null)]
    [InlineData("Ik heb een diploma hoger secundair onderwijs.", DiplomaLevel.Secondary)]
    [InlineData("I finished upper secondary school with a diploma.", DiplomaLevel.Secondary)]
    public void Analyze_LowerSecondaryOnly_IsNoSecondaryDiploma(string text, DiplomaLevel? held)
    {
        Assert.Equal(held, _sut.Analyze(text).Profile.Diploma);
    }

    [Theory]
    [InlineData("Ik heb een getuigschrift van de tweede graad (BSO), kan ik meedoen?")]
    [InlineData("heb enkel mijn studiegetuigschrift 2de graad, mag ik solliciteren?")]
    [InlineData("I have my lower secondary certificate, nothing more. Can I apply?")]
    public void Analyze_LowerStageCertificateHeld_LacksAFullSecondaryDiploma(string text)
    {
        var p = _sut.Analyze(text).Profile;

        Assert.Null(p.Diploma);
        Assert.Equal(DiplomaLevel.Secondary, p.LacksDiploma);
        Assert.NotNull(p.DiplomaWords);
    }
}
