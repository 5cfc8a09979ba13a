using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// What a candidate says about certificates, language certificates, years in a role and where they work (issue 9, session 23):
/// a language certificate is about languages, not a brevet; "only a … certificate" is one held; "N ans comme X" is experience;
/// "in een gemeente" is any municipality, never the vacancy's. Invented sentences.
/// </summary>
public sealed class CandidateWords23Tests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("I have a high school diploma and only an open water lifeguard certificate.", "lifeguard certificate")]
    [InlineData("Ik heb mijn diploma secundair en enkel een brevet Redder Open Water.", "brevet redder open")]
    public void Analyze_OnlyACertificate_IsOneHeld(string text, string held)
    {
        Assert.Contains(_sut.Analyze(text).Profile.Certificates, c => c.Contains(held, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ik heb mijn diploma ASO, brevet Hoger Redder en het taalattest frans", "brevet hoger redder")]
    [InlineData("I have my degree, a first aid certificate and a driving licence.", "first aid certificate")]
    [InlineData("j'ai mon CESS, le brevet BSSA et le permis B", "brevet bssa")]
    public void Analyze_CertificateInAListOfWhatIsHeld_IsHeld(string text, string held)
    {
        Assert.Contains(_sut.Analyze(text).Profile.Certificates, c => c.Contains(held, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ik heb mijn diploma secundair, maar nog geen brevet.")]
    [InlineData("Ik heb een diploma ASO, of moet ik ook een brevet hebben?")]
    public void Analyze_CertificateAfterABreakInTheList_IsNotHeld(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Certificates);
    }

    [Theory]
    [InlineData("J'ai mon CESS mais pas d'attestation de neerlandais. Je peux postuler ?")]
    [InlineData("Je suis belge mais je n'ai pas encore de certificat linguistique.")]
    [InlineData("Ik heb geen attest Nederlands, kan ik meedoen?")]
    public void Analyze_LanguageCertificate_IsAboutLanguagesNotABrevet(string text)
    {
        var profile = _sut.Analyze(text).Profile;

        Assert.True(profile.LanguagesMentioned);
        Assert.Null(profile.LacksCertificate);
        Assert.Empty(profile.Certificates);
    }

    [Theory]
    [InlineData("oui, bachelier en environnement et 7 ans comme fonctionnaire environnement dans une commune", 7)]
    [InlineData("bachelor milieuzorg, 5 jaar als milieuambtenaar", 5)]
    [InlineData("a bachelor and 6 years as a noise consultant", 6)]
    public void Analyze_YearsAsARole_AreExperience(string text, int years)
    {
        Assert.Contains(_sut.Analyze(text).Profile.Experience, e => e.Years == years);
    }

    [Theory]
    [InlineData("Ik werk 8 jaar als ambtenaar in een gemeente. Kan ik meedoen?")]
    [InlineData("I worked for a municipality for 6 years.")]
    [InlineData("7 ans comme fonctionnaire dans une commune")]
    public void Analyze_AnyMunicipality_NamesNoVacancy(string text)
    {
        Assert.Empty(_sut.Analyze(text).VacancyIds);
    }

    [Theory]
    [InlineData("ja, ik werk al 5 jaar bij de gemeente, waarvan 2 als boekhouder")]
    [InlineData("I worked 3 years at the municipality as a clerk.")]
    [InlineData("j'ai 4 ans d'expérience à la commune, comme employé")]
    public void Analyze_ThePastEmployerBare_NamesNoVacancy(string text)
    {
        Assert.Empty(_sut.Analyze(text).VacancyIds);
    }

    [Theory]
    [InlineData("Kan ik solliciteren bij de gemeente?")]
    [InlineData("Ik werk 5 jaar bij de gemeente Zottegem, kan ik meedoen?")]
    public void Analyze_TheEmployerAsked_OrNamed_StillNamesItsVacancy(string text)
    {
        Assert.Equal("gemeente-zottegem-financieel-directeur", _sut.Analyze(text).VacancyIds[0]);
    }

    [Fact]
    public void Analyze_TheMunicipality_StillNamesItsVacancy()
    {
        Assert.Equal("gemeente-zottegem-financieel-directeur", _sut.Analyze("Wat is de deadline in de gemeente?").VacancyIds[0]);
    }
}
