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

/// <summary>A licence or code the candidate says is no longer valid is not held (nl/en/fr).</summary>
public sealed class LapsedLicenceFactTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb rijbewijs C maar mijn code 95 is vervallen.")]
    [InlineData("I have a C licence, my code 95 has expired.")]
    [InlineData("J'ai le permis C mais mon code 95 est périmé.")]
    public void Analyze_LapsedCode_IsLacking(string text)
    {
        var p = _sut.Analyze(text).Profile;

        Assert.DoesNotContain("95", p.LicenceCodes);
        Assert.True(p.LacksLicenceCodes);
        Assert.True(p.DrivingLicence);
    }

    [Theory]
    [InlineData("Mijn rijbewijs is ingetrokken, kan ik toch solliciteren?")]
    [InlineData("My driving licence was revoked last year.")]
    [InlineData("Mon permis de conduire est suspendu.")]
    public void Analyze_LostLicence_IsNoLicence(string text)
    {
        Assert.False(_sut.Analyze(text).Profile.DrivingLicence);
    }

    [Fact]
    public void Analyze_ValidCode_IsHeld()
    {
        Assert.Contains("95", _sut.Analyze("Ik heb rijbewijs C en code 95.").Profile.LicenceCodes);
    }
}
