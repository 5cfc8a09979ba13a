using Assistant.Core.Facts;
using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>The candidate profile read from what users say about their diploma, nationality, licence and position.</summary>
public sealed class QuestionAnalyzerProfileTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb een bachelordiploma. Kom ik in aanmerking?", DiplomaLevel.Bachelor)]
    [InlineData("Ik ben net afgestudeerd als bachelor.", DiplomaLevel.Bachelor)]
    [InlineData("Met een master in de rechten, kom ik in aanmerking?", DiplomaLevel.Master)]
    [InlineData("Ik heb een universitair diploma.", DiplomaLevel.Master)]
    [InlineData("I have a master's degree in economics.", DiplomaLevel.Master)]
    [InlineData("J'ai un bachelier en communication.", DiplomaLevel.Bachelor)]
    [InlineData("ik heb ne bachelor, maak ik kans?", DiplomaLevel.Bachelor)]
    [InlineData("Ik heb een diploma secundair onderwijs (TSO).", DiplomaLevel.Secondary)]
    public void Analyze_HeldDiploma_SetsTheLevel(string text, DiplomaLevel expected)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Equal(expected, sut.Diploma);
        Assert.Null(sut.LacksDiploma);
    }

    [Theory]
    [InlineData("Kan ik solliciteren zonder bachelordiploma?", DiplomaLevel.Bachelor)]
    [InlineData("Ik heb geen bachelordiploma, maar wel ervaring.", DiplomaLevel.Bachelor)]
    [InlineData("Can I apply without a bachelor's degree?", DiplomaLevel.Bachelor)]
    [InlineData("I don't have a bachelor.", DiplomaLevel.Bachelor)]
    [InlineData("Je n'ai pas de diplôme de bachelier.", DiplomaLevel.Bachelor)]
    [InlineData("Zonder diploma, kan ik solliciteren?", DiplomaLevel.Secondary)]
    [InlineData("Puis-je postuler sans diplôme ?", DiplomaLevel.Secondary)]
    [InlineData("kzou graag solliciteren maar ik heb gn diploma", DiplomaLevel.Secondary)]
    [InlineData("Ik heb nog geen kwalificatiebewijs, wel twee jaar ervaring. Kan ik starten?", DiplomaLevel.Secondary)]
    [InlineData("Zonder kwalificatiebewijs, mag ik solliciteren in de opvang?", DiplomaLevel.Secondary)]
    [InlineData("I have no formal qualifications, can I apply?", DiplomaLevel.Secondary)]
    public void Analyze_MissingDiploma_SetsLacksDiploma(string text, DiplomaLevel expected)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Equal(expected, sut.LacksDiploma);
        Assert.Null(sut.Diploma);
    }

    [Theory]
    [InlineData("Ik heb enkel een diploma secundair onderwijs.")]
    [InlineData("Ik heb maar een diploma middelbaar.")]
    [InlineData("I only have a high school diploma.")]
    [InlineData("Je n'ai qu'un diplôme secondaire.")]
    public void Analyze_OnlySecondary_HoldsSecondaryAndLacksBachelor(string text)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Equal((DiplomaLevel?)DiplomaLevel.Secondary, sut.Diploma);
        Assert.Equal((DiplomaLevel?)DiplomaLevel.Bachelor, sut.LacksDiploma);
    }

    [Theory]
    [InlineData("Ik heb een bachelor rechten en 1 jaar ervaring.", "rechten")]
    [InlineData("Ik heb een bachelor communicatie maar nog geen werkervaring.", "communicatie")]
    [InlineData("Ik heb een bachelor in de communicatie.", "communicatie")]
    [InlineData("Ik heb een master in de politieke wetenschappen.", "politieke wetenschappen")]
    [InlineData("I have a bachelor's degree in law.", "rechten")]
    [InlineData("J'ai un bachelier en communication.", "communicatie")]
    public void Analyze_DiplomaWithField_KeepsTheField(string text, string field)
    {
        Assert.Equal(field, _sut.Analyze(text).Profile.DiplomaField);
    }

    [Theory]
    [InlineData("Heb ik een bachelor nodig?")]
    [InlineData("Is een masterdiploma vereist voor de job in Gent?")]
    [InlineData("Do I need a master's degree?")]
    public void Analyze_RequirementQuestion_StatesNoDiploma(string text)
    {
        var sut = _sut.Analyze(text);

        Assert.Null(sut.Profile.Diploma);
        Assert.Equal("eligibility", sut.Intent);
    }

    [Fact]
    public void Analyze_Graduaat_IsGraduateAndNeverBachelor()
    {
        var sut = _sut.Analyze("Ik heb geen bachelor, maar wel een graduaat.").Profile;

        Assert.True(sut.Graduate);
        Assert.Equal((DiplomaLevel?)DiplomaLevel.Graduate, sut.Diploma);
        Assert.Equal((DiplomaLevel?)DiplomaLevel.Bachelor, sut.LacksDiploma);
    }

    [Theory]
    [InlineData("Ik ben Belg.", "BE")]
    [InlineData("Ik heb de Belgische nationaliteit.", "BE")]
    [InlineData("Ik ben EU-burger.", "EU")]
    [InlineData("Ik ben Nederlander.", "EU")]
    [InlineData("Je suis de nationalité française.", "EU")]
    [InlineData("Ik ben Zwitser.", "EEA")]
    [InlineData("Ik kom uit Marokko.", "other")]
    [InlineData("I'm from Brazil.", "other")]
    [InlineData("Ik kom van buiten de EU.", "other")]
    public void Analyze_Nationality_IsClassified(string text, string expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Ik heb een diploma TSO, 3 jaar ervaring als mecanicien en rijbewijs B.", "B")]
    [InlineData("Ik heb een C-rijbewijs.", "C")]
    [InlineData("I have a driving licence C and CE.", "C,CE")]
    [InlineData("J'ai le permis de conduire B.", "B")]
    public void Analyze_LicenceWithCategories_IsAStatementWithItsCategories(string text, string categories)
    {
        var profile = _sut.Analyze(text).Profile;

        Assert.True(profile.DrivingLicence);
        Assert.Equal(categories.Split(','), profile.LicenceCategories);
    }

    [Theory]
    [InlineData("Heb ik rijbewijs C nodig?")]
    [InlineData("Is een rijbewijs B vereist?")]
    public void Analyze_QuestionAboutALicenceCategory_StatesNothing(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.DrivingLicence);
    }

    [Theory]
    [InlineData("I'm a Freedonian citizen.", "unknown")]
    [InlineData("Ik heb de Syldavische nationaliteit.", "unknown")]
    [InlineData("Ik heb een andere nationaliteit.", "other")]
    public void Analyze_NationalityNoTableKnows_IsStatedButNeverGuessed(string text, string expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Ik heb 3 jaar een team van 5 mensen geleid bij een tuinaannemer.")]
    [InlineData("Ik leidde 3 jaar een ploeg van acht arbeiders.")]
    [InlineData("I led a team of five for three years.")]
    public void Analyze_LedATeamForYears_IsLeadershipExperience(string text)
    {
        var experience = _sut.Analyze(text).Profile.Experience;

        Assert.Contains(experience, e => e.Kind == "leadership" && e.Years == 3);
    }

    [Theory]
    [InlineData("I've been driving trucks for 3 years.")]
    [InlineData("Ik werk al 3 jaar in een garage.")]
    public void Analyze_WorkingForYears_IsExperience(string text)
    {
        Assert.Contains(_sut.Analyze(text).Profile.Experience, e => e.Years == 3);
    }

    [Theory]
    [InlineData("Hoeveel verdien ik als poetshulp aan 4/5?")]
    [InlineData("Wat is het loon voor 19/38 in Harelbeke?")]
    public void Analyze_WorkRegimeFraction_IsNoScore(string text)
    {
        Assert.Empty(_sut.Analyze(text).Scores);
    }

    [Theory]
    [InlineData("Wat is de hoofdstad van Frankrijk?")]
    [InlineData("Moet ik de Franse taal kennen?")]
    [InlineData("Ik woon in Nederland.")]
    public void Analyze_CountryWithoutNationality_SetsNoNationality(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Ik heb een diploma uit Marokko.")]
    [InlineData("Ik heb een buitenlands diploma.")]
    [InlineData("My degree is from a foreign university.")]
    [InlineData("J'ai un diplôme obtenu à l'étranger.")]
    public void Analyze_ForeignDiploma_IsFlaggedWithoutNationality(string text)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.True(sut.ForeignDiploma);
        Assert.Null(sut.Nationality);
    }

    [Theory]
    [InlineData("Ik ben laatstejaarsstudent bachelor informatica.")]
    [InlineData("Ik studeer in juni af.")]
    [InlineData("I'm a final-year student.")]
    [InlineData("Je suis étudiant en dernière année.")]
    public void Analyze_FinalYearStudent_IsFlagged(string text)
    {
        Assert.True(_sut.Analyze(text).Profile.FinalYearStudent);
    }

    [Theory]
    [InlineData("Ik heb rijbewijs B.", true)]
    [InlineData("Ik heb geen rijbewijs.", false)]
    [InlineData("I don't have a driving licence.", false)]
    [InlineData("J'ai le permis B.", true)]
    public void Analyze_DrivingLicence_IsReadWithNegation(string text, bool expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.DrivingLicence);
    }

    [Fact]
    public void Analyze_LicenceRequirementQuestion_SaysNothingAboutTheUser()
    {
        Assert.Null(_sut.Analyze("Heb ik een rijbewijs nodig?").Profile.DrivingLicence);
    }

    [Fact]
    public void Analyze_InternalCandidate_ReadsContractSeniorityAndLevel()
    {
        var sut = _sut.Analyze("Ik ben interne kandidaat met een contract van onbepaalde duur, 12 maanden anciënniteit in niveau C.").Profile.Internal;

        Assert.NotNull(sut);
        Assert.True(sut.IsInternal);
        Assert.Equal("indefinite", sut.Contract);
        Assert.Equal(12, sut.SeniorityMonths);
        Assert.Equal("C", sut.Level);
    }

    [Theory]
    [InlineData("Ik werk al bij de stad, kan ik meedoen?")]
    [InlineData("Ik ben personeelslid van de gemeente.")]
    [InlineData("I am an internal candidate.")]
    [InlineData("Je suis candidat interne.")]
    [InlineData("Ik heb C-niveau en een vast contract.")]
    public void Analyze_InternalPhrases_MarkTheUserInternal(string text)
    {
        Assert.True(_sut.Analyze(text).Profile.Internal?.IsInternal);
    }

    [Fact]
    public void Analyze_LanguageLevel_IsNotAnInternalLevel()
    {
        Assert.Null(_sut.Analyze("Ik spreek Frans op niveau B2.").Profile.Internal);
    }

    [Theory]
    [InlineData("ik heb mijn secundair niet afgemaakt, kan ik solliciteren?")]
    [InlineData("Ik ben met het middelbaar gestopt in het 4de jaar.")]
    [InlineData("ik ben gestopt in het 5de middelbaar en heb dus geen diploma secundair, kan ik meedoen?")]
    [InlineData("I dropped out of secondary school in year 5, so no secondary diploma.")]
    [InlineData("J'ai arrêté en 4e secondaire, je n'ai pas de diplôme du secondaire.")]
    [InlineData("Ik zat in het middelbaar tot mijn 17de, maar heb geen diploma secundair onderwijs.")]
    public void Analyze_DiplomaNotCompleted_IsLacking(string text)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Null(sut.Diploma);
        Assert.Equal(DiplomaLevel.Secondary, sut.LacksDiploma);
    }

    [Theory]
    [InlineData("I'm Belgian and I have a TSO diploma (in Dutch).")]
    [InlineData("Ik heb een bachelordiploma, behaald in het Nederlands.")]
    public void Analyze_LanguageOfTheDiploma_IsNoForeignDiploma(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.ForeignDiploma);
    }

    [Fact]
    public void Analyze_OwnScaleRange_GivesTheLevel()
    {
        var sut = _sut.Analyze("Ik werk als boekhouder (C1-C3) bij de gemeente. Kan ik via bevordering meedoen?").Profile;

        Assert.Equal("C", sut.Internal?.Level);
    }

    [Fact]
    public void Analyze_SixthYearOfSecondary_IsAFinalYearStudent()
    {
        Assert.True(_sut.Analyze("Ik zit in het 6de jaar ASO, mag ik al solliciteren?").Profile.FinalYearStudent);
    }

    [Fact]
    public void Analyze_Certificates_HeldLackingAndInTraining()
    {
        Assert.Contains("brevet eerste hulp", _sut.Analyze("Ik heb een diploma ASO en mijn brevet Eerste Hulp.").Profile.Certificates);
        Assert.True(_sut.Analyze("I have a secondary school diploma but no first aid certificate.").Profile.LacksCertificate);
        Assert.StartsWith("opleiding eerste hulp", _sut.Analyze("Ik volg nu de opleiding Eerste Hulp, kan ik al solliciteren?").Profile.CertificateTraining);
        Assert.Empty(_sut.Analyze("Heb ik een brevet nodig?").Profile.Certificates);
    }

    [Fact]
    public void Analyze_CompoundCertificateWord_IsACertificateLackingOrHeld()
    {
        Assert.True(_sut.Analyze("Ik ben 20 maar ik heb geen duikbrevet. Kan ik starten?").Profile.LacksCertificate);
        Assert.NotEmpty(_sut.Analyze("Ik heb mijn duikbrevet sinds vorig jaar.").Profile.Certificates);
    }

    [Fact]
    public void Analyze_Diploma_KeepsTheCandidatesWordsAndALongFieldOpeningTheMessage()
    {
        Assert.Contains("6de jaar bso", _sut.Analyze("Ik heb alleen het 6de jaar BSO gedaan, kom ik in aanmerking?").Profile.DiplomaWords);
        Assert.Equal(DiplomaLevel.Master, _sut.Analyze("master geschiedenis en sociale wetenschappen, 2 jaar ervaring. kan ik meedoen?").Profile.Diploma);
    }

    [Theory]
    [InlineData("Ik heb een Peruaans diploma secundair onderwijs.", true)]
    [InlineData("I have a Moroccan degree in accounting.", true)]
    [InlineData("Ik heb een Belgisch diploma secundair onderwijs.", null)]
    public void Analyze_DiplomaNamedWithACountry_IsFromAbroad(string message, bool? expected)
    {
        Assert.Equal(expected, _sut.Analyze(message).Profile.ForeignDiploma);
    }

    [Fact]
    public void Analyze_CertificateAfterANegatedDiploma_IsHeld()
    {
        var profile = _sut.Analyze("Ik heb geen diploma, wel een EVC-certificaat als lasser.").Profile;

        Assert.Contains(profile.Certificates, c => c.Contains("lasser", StringComparison.Ordinal));
        Assert.Null(profile.LacksCertificate);
    }

    [Fact]
    public void Analyze_YearsInAWorkSector_AreExperience()
    {
        var sut = _sut.Analyze("No diploma, 5 years in road construction. Can I apply?").Profile;

        Assert.Equal(5, Assert.Single(sut.Experience).Years);
    }

    [Theory]
    [InlineData("I'm in my final year of occupational therapy. Can I apply?", "ergotherapie")]
    [InlineData("Ik zit in het laatste jaar orthopedagogie, mag ik al solliciteren?", "orthopedagogie")]
    public void Analyze_FinalYearOfAField_GivesTheField(string text, string field)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.True(sut.FinalYearStudent);
        Assert.Equal(field, sut.DiplomaField);
    }
}
