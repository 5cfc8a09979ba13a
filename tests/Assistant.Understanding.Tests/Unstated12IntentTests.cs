namespace Assistant.Understanding.Tests;

/// <summary>
/// "Is het te laat om morgen te mailen?" and "als ik me op 1 maart inschrijf, is dat nog goed?" ask the deadline although
/// they name the mail or a date; a laptop or a moving allowance is a benefit topic; whether pets are allowed is no
/// question about the candidate's admission.
/// </summary>
public sealed class Unstated12IntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Is het te laat om morgen te mailen voor de job?")]
    [InlineData("Ben ik te laat als ik mijn cv vanavond stuur?")]
    [InlineData("als ik me op 1 maart inschrijf, is dat nog goed?")]
    [InlineData("If I apply on 3 March, is that still fine?")]
    public void Analyze_LateOrDatedApplication_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Do I get a laptop and a company phone?", "phone")]
    [InlineData("Est-ce que vous remboursez les frais de déménagement ?", "relocation")]
    [InlineData("Krijg ik een verhuisvergoeding?", "relocation")]
    public void Analyze_EquipmentOrMoving_IsTheBenefitTopic(string text, string topic)
    {
        var a = _sut.Analyze(text);
        Assert.Equal(("benefits", topic), (a.Intent, a.Topic));
    }

    [Theory]
    [InlineData("Is there a maximum age for the accountant job?")]
    [InlineData("Geldt er een leeftijdsgrens voor boekhouder?")]
    [InlineData("Y a-t-il un âge maximum pour devenir comptable ?")]
    [InlineData("Is er een minimumleeftijd om te starten?")]
    public void Analyze_AgeLimitAsked_IsTheAgeRequirementTopic(string text) =>
        Assert.Equal("age", _sut.Analyze(text).RequirementTopic);

    [Fact]
    public void Analyze_AgeNamedWithoutALimit_IsNoAgeRequirementTopic() =>
        Assert.NotEqual("age", _sut.Analyze("Hoeveel verdien ik op mijn leeftijd als boekhouder?").RequirementTopic);

    [Fact]
    public void Analyze_PetsAllowed_IsNotEligibility() =>
        Assert.NotEqual("eligibility", _sut.Analyze("Zijn er huisdieren toegelaten in het gebouw? Ik wil mijn hond meebrengen.").Intent);
}
