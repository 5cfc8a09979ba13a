namespace Assistant.Understanding.Tests;

/// <summary>
/// "What else do you get besides the pay" and a premium or allowance asked about are benefits questions, although they
/// name the pay; asking who can make a salary simulation is asking for a person.
/// </summary>
public sealed class OnTopOfPayIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Wat krijg je er allemaal bij naast het salaris als boekhouder?")]
    [InlineData("Wat bieden jullie nog meer behalve de wedde?")]
    [InlineData("What else do you get on top of the salary?")]
    [InlineData("Qu'est-ce qu'on reçoit en plus du salaire ?")]
    [InlineData("Heb ik recht op een haardtoelage?")]
    [InlineData("Is there a language allowance for this job?")]
    public void Analyze_BesidesThePayOrAPremium_IsBenefits(string text) =>
        Assert.Equal("benefits", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Wie kan me een loonberekening maken voor de job?")]
    [InlineData("Who can give me a salary simulation?")]
    public void Analyze_WhoCanMakeMeASimulation_IsContact(string text) =>
        Assert.Equal("contact", _sut.Analyze(text).Intent);
}
