using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// The candidate's words on the general conditions, in nl/en/fr: licence categories read with "only", licence codes (code 95,
/// ADR) with negation, an explicitly stated CEFR level for Dutch, being external to the organisation, and nationality.
/// </summary>
public sealed class GeneralConditionFactsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb enkel B, kan ik vrachtwagenchauffeur worden?", "B")]
    [InlineData("I only have a B licence.", "B")]
    [InlineData("I only have a B licence, is that enough?", "B")]
    [InlineData("j'ai le permis C et le code 95", "C")]
    [InlineData("Ik heb alleen een C-rijbewijs.", "C")]
    [InlineData("I hold a CE licence.", "CE")]
    [InlineData("Ik heb een vrachtwagenrijbewijs.", "C")]
    [InlineData("I have a truck licence and code 95.", "C")]
    [InlineData("J'ai le permis poids lourd.", "C")]
    [InlineData("Ik ben Belg, heb rijbewijs AM.", "AM")]
    [InlineData("Ik heb een motorrijbewijs.", "A")]
    [InlineData("I have a moped licence.", "AM")]
    [InlineData("J'ai le permis A2.", "A2")]
    [InlineData("Ik heb een tractorrijbewijs (G).", "G")]
    public void Analyze_LicenceCategory_IsReadAsHeld(string text, string category)
    {
        var p = _sut.Analyze(text).Profile;

        Assert.True(p.DrivingLicence);
        Assert.Contains(category, p.LicenceCategories);
    }

    [Theory]
    [InlineData("I don't have a C licence, can I apply?")]
    [InlineData("I have no C licence.")]
    [InlineData("Je n'ai pas le permis C.")]
    [InlineData("Ik heb geen C-rijbewijs.")]
    public void Analyze_DeniedCategory_IsNoLicenceHeld(string text)
    {
        var p = _sut.Analyze(text).Profile;

        Assert.False(p.DrivingLicence);
        Assert.DoesNotContain("C", p.LicenceCategories);
    }

    [Fact]
    public void Analyze_OneCategoryHeld_AnotherDenied_KeepsOnlyTheHeldOne()
    {
        var p = _sut.Analyze("I have a B licence but no C licence, can I apply?").Profile;

        Assert.True(p.DrivingLicence);
        Assert.Contains("B", p.LicenceCategories);
        Assert.DoesNotContain("C", p.LicenceCategories);
    }

    [Theory]
    [InlineData("Ik heb geen diploma en geen rijbewijs C, wel B. Kan ik chauffeur worden?")]
    [InlineData("I have no C licence but I do have B.")]
    [InlineData("Je n'ai pas le permis C mais j'ai le B.")]
    public void Analyze_CategoryDenied_OtherNamedAfterIt_IsHeld(string text)
    {
        var p = _sut.Analyze(text).Profile;

        Assert.True(p.DrivingLicence);
        Assert.Contains("B", p.LicenceCategories);
        Assert.DoesNotContain("C", p.LicenceCategories);
    }

    [Theory]
    [InlineData("Ik heb een permis de séjour.")]
    [InlineData("J'ai une licence d'économie.")]
    [InlineData("Heb ik een vrachtwagenrijbewijs nodig?")]
    [InlineData("Ik heb een bachelor en 3 jaar ervaring.")]
    public void Analyze_NoLicenceWords_SetsNoLicence(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.DrivingLicence);
    }

    [Theory]
    [InlineData("Ik heb rijbewijs C en code 95.", "95", null)]
    [InlineData("I have a C licence with code 95 and ADR.", "95,ADR", null)]
    [InlineData("J'ai le permis C et le code 95.", "95", null)]
    [InlineData("Ik heb rijbewijs C maar geen code 95.", "", true)]
    [InlineData("I have a C licence, without code 95.", "", true)]
    [InlineData("Ik heb enkel rijbewijs C.", "", true)]
    [InlineData("Ik heb rijbewijs C.", "", null)]
    [InlineData("Ik heb geen code 95.", "", true)]
    [InlineData("J'ai le permis CE mais pas le code 95.", "", true)]
    [InlineData("J'ai le permis D, mais pas encore la carte de code 95.", "", true)]
    public void Analyze_LicenceCodes_AreReadWithNegationAndOnly(string text, string codes, bool? lacks)
    {
        var p = _sut.Analyze(text).Profile;

        Assert.Equal(codes, string.Join(",", p.LicenceCodes));
        Assert.Equal(lacks, p.LacksLicenceCodes);
    }

    [Theory]
    [InlineData("Ik heb A2, kan ik solliciteren?", "A2")]
    [InlineData("My Dutch is B2 level.", "B2")]
    [InlineData("J'ai le niveau B1 en néerlandais.", "B1")]
    [InlineData("Mijn Nederlands is C1 volgens het ERK.", "C1")]
    [InlineData("Mon anglais est C1.", null)]
    [InlineData("Ik spreek vlot Nederlands.", null)]
    [InlineData("Ik heb C1, mag ik met de vrachtwagen rijden?", null)]
    [InlineData("Ik werk als medewerker (C1-C3) bij de stad en spreek vloeiend Nederlands.", null)]
    [InlineData("I work in scale B1-B3 and my Dutch is fluent.", null)]
    public void Analyze_StatedDutchLevel_IsOnlyAnExplicitLevel(string text, string? level)
    {
        Assert.Equal(level, _sut.Analyze(text).Profile.DutchLevel);
    }

    [Theory]
    [InlineData("Ik werk niet bij de gemeente, kan ik toch meedoen?")]
    [InlineData("I'm not an employee there. Can I apply?")]
    [InlineData("Je ne travaille pas pour la ville, puis-je postuler ?")]
    [InlineData("Ik ben een externe kandidaat.")]
    public void Analyze_ExternalCandidate_IsNotInternal(string text)
    {
        var status = _sut.Analyze(text).Profile.Internal;

        Assert.NotNull(status);
        Assert.False(status.IsInternal);
    }

    [Theory]
    [InlineData("Ik ben Zwitser, kan ik solliciteren?", "EEA")]
    [InlineData("I am Swiss.", "EEA")]
    [InlineData("Je suis suisse.", "EEA")]
    [InlineData("Ik ben Nederlander.", "EU")]
    [InlineData("I'm Dutch, can I apply?", "EU")]
    [InlineData("Je suis marocain.", "other")]
    [InlineData("I am a Moroccan citizen.", "other")]
    [InlineData("Ik ben niet-EU, mag ik meedoen?", "other")]
    [InlineData("I'm a US citizen living in Belgium, can I apply?", "other")]
    [InlineData("Ik ben een Marokkaanse burger en woon in België.", "other")]
    [InlineData("As a UK national, may I take part?", "other")]
    public void Analyze_Nationality_IsClassified(string text, string expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Can you send us the form?")]
    [InlineData("Is the UK office open?")]
    public void Analyze_TwoLetterCountryCode_WithoutACitizenWord_IsNoNationality(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Ik heb geen reddersbrevet, kan ik redder worden?", true)]
    [InlineData("Ik heb geen taalattest.", null)]
    public void Analyze_CompoundCertificateWord_IsACertificate(string text, bool? lacks)
    {
        Assert.Equal(lacks, _sut.Analyze(text).Profile.LacksCertificate);
    }

    [Theory]
    [InlineData("Ik ben Belg en heb enkel een voorlopig rijbewijs.")]
    [InlineData("Ik heb een voorlopig rijbewijs B en ben 19.")]
    [InlineData("I only have a learner's permit.")]
    [InlineData("Je n'ai qu'un permis provisoire.")]
    public void Analyze_ProvisionalLicence_IsNoLicenceHeld(string text)
    {
        var p = _sut.Analyze(text).Profile;

        Assert.False(p.DrivingLicence);
        Assert.DoesNotContain("B", p.LicenceCategories);
    }

    [Theory]
    [InlineData("Ik heb een rijbewijs C en vroeger een voorlopig rijbewijs gehad.", "C")]
    [InlineData("I have a driving licence B; my brother has a learner's permit.", "B")]
    public void Analyze_FullLicenceBesideAProvisionalOne_IsHeld(string text, string category)
    {
        var p = _sut.Analyze(text).Profile;

        Assert.True(p.DrivingLicence);
        Assert.Contains(category, p.LicenceCategories);
    }
}
