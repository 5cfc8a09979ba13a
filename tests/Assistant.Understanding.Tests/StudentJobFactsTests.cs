using Assistant.Core.Facts;

namespace Assistant.Understanding.Tests;

/// <summary>
/// What a candidate for a student job says (student or no longer, weeks available, age as a question's evidence), an
/// engineer's title as a master's degree and "geen Europese" as a nationality from outside the EU. Invented sentences.
/// </summary>
public sealed class StudentJobFactsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik ben 18 en student. Mag ik solliciteren?", true)]
    [InlineData("I'm 18 and a student, can I apply?", true)]
    [InlineData("je suis étudiante en orthopédagogie, je peux postuler ?", true)]
    [InlineData("Ik ben 23, vorig jaar afgestudeerd en momenteel werkzoekend. Kan ik solliciteren?", false)]
    [InlineData("Ik studeer niet meer, kan ik nog solliciteren?", false)]
    [InlineData("I'm not a student anymore, can I still apply?", false)]
    [InlineData("Ik heb een bachelor rechten. Kan ik solliciteren?", null)]
    public void Analyze_StudentStatus_SetsStudent(string text, bool? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Student);
    }

    [Theory]
    [InlineData("I'm only available for 2 weeks in July. Can I apply?", 2)]
    [InlineData("Ik kan maar twee weken werken deze zomer. Mag ik solliciteren?", 2)]
    [InlineData("Je ne suis disponible que 3 semaines, puis-je postuler ?", 3)]
    [InlineData("Ik heb 2 jaar ervaring. Mag ik solliciteren?", null)]
    public void Analyze_WeeksAvailable_SetsAvailableWeeks(string text, int? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.AvailableWeeks);
    }

    [Theory]
    [InlineData("Ik ben 16 en word 17 in september. Mag ik deze zomer jobstudent zijn?")]
    [InlineData("Ik ben 23. Kan ik als jobstudent bij jullie werken?")]
    [InlineData("I'm 18 and a student, but I'm only available for 2 weeks. Can I do the summer job?")]
    public void Analyze_StudentJobQuestion_IsEligibility(string text)
    {
        Assert.Equal("eligibility", _sut.Analyze(text).Intent);
    }

    [Theory]
    [InlineData("ben burgerlijk ingenieur, nog geen werkervaring. kan ik solliciteren?", "burgerlijk ingenieur")]
    [InlineData("I am an industrial engineer, can I apply?", "industrial engineer")]
    public void Analyze_EngineerTitle_IsAMasterInThatField(string text, string field)
    {
        var profile = _sut.Analyze(text).Profile;

        Assert.Equal((DiplomaLevel.Master, field), (profile.Diploma, profile.DiplomaField));
    }

    [Fact]
    public void Analyze_NationalitySaidNotEuropean_IsOther()
    {
        Assert.Equal("other", _sut.Analyze("Ik heb de Marokkaanse nationaliteit (geen Europese). Kan ik solliciteren?").Profile.Nationality);
    }

    [Theory]
    [InlineData("J'ai une attestation de néerlandais niveau C1. Puis-je postuler ?", true)]
    [InlineData("Ik heb een taalattest Nederlands B2. Mag ik solliciteren?", true)]
    [InlineData("Mijn Nederlands is B2. Mag ik solliciteren?", null)]
    public void Analyze_DutchCertificate_SetsDutchAttest(string text, bool? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.DutchAttest);
    }
}
