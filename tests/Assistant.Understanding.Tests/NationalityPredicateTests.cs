namespace Assistant.Understanding.Tests;

/// <summary>
/// A nationality adjective that is also a language name, right after "ik ben" ("ik ben Frans", "… maar ben Pools"), is a
/// nationality; the same word as a language spoken or learnt is not. Invented sentences.
/// </summary>
public sealed class NationalityPredicateTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("ik heb een bachelor, maar ben Frans. kan ik solliciteren?", "EU")]
    [InlineData("Ik ben Pools en heb een master economie. Mag ik meedoen?", "EU")]
    [InlineData("ik heb TSO elektriciteit en ben Marokkaans, kan ik solliciteren?", "other")]
    [InlineData("Ik ben Noors en woon in Gent. Kan ik solliciteren?", "EEA")]
    public void Analyze_NationalityAdjectiveAfterIkBen_IsTheNationality(string text, string nationality)
    {
        Assert.Equal(nationality, _sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Ik spreek Frans en Duits. Kan ik solliciteren?")]
    [InlineData("Mijn diploma is in het Frans behaald, kan ik solliciteren?")]
    [InlineData("Ik leer Pools sinds vorig jaar, kan ik solliciteren?")]
    public void Analyze_LanguageNameSpokenOrLearnt_IsNoNationality(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("ik heb mijn middelbaar afgemaakt in Roemenië, kan ik solliciteren?")]
    [InlineData("I finished high school in Portugal. Can I apply?")]
    [InlineData("J'ai terminé le secondaire au Maroc, je peux postuler ?")]
    public void Analyze_SchoolFinishedAbroad_IsAForeignDiploma(string text)
    {
        Assert.True(_sut.Analyze(text).Profile.ForeignDiploma);
    }
}
