using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// The language a candidate says their diploma was issued in (nl/en/fr phrasings), never read from a question about the rule
/// or from a diploma whose field is a language; and a country word before a diploma word is where the diploma comes from.
/// </summary>
public sealed class DiplomaLanguageFactTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb een master rechten, behaald in het Nederlands.", "nl")]
    [InlineData("I have a Belgian law degree obtained in Dutch.", "nl")]
    [InlineData("J'ai un master en économie de l'ULB (en français).", "fr")]
    [InlineData("Ik heb een Franstalig diploma van bachelor.", "fr")]
    [InlineData("I hold an English-language degree in economics.", "en")]
    public void Analyze_DiplomaLanguage_IsRead(string text, string language)
    {
        Assert.Equal(language, _sut.Analyze(text).Profile.DiplomaLanguage);
    }

    [Theory]
    [InlineData("Moet mijn diploma in het Nederlands behaald zijn?")]
    [InlineData("I have a bachelor in English literature.")]
    [InlineData("Ik heb een master en spreek Frans.")]
    public void Analyze_NoStatementOfTheDiplomasLanguage_IsNull(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.DiplomaLanguage);
    }

    [Theory]
    [InlineData("I'm a Canadian citizen with a Belgian master in law.", "other")]
    [InlineData("Je suis marocain et j'ai un diplôme belge.", "other")]
    [InlineData("Ik ben Nederlander met een Belgisch diploma.", "EU")]
    public void Analyze_CountryBeforeADiplomaWord_IsNotTheNationality(string text, string nationality)
    {
        Assert.Equal(nationality, _sut.Analyze(text).Profile.Nationality);
    }
}
