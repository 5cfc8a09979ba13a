namespace Assistant.Understanding.Tests;

/// <summary>
/// The amount of a named premium or allowance ("hoeveel is de tweetaligheidspremie?", "how much is the shift allowance?",
/// "il y a une prime pour …?") is a benefits question, also as a follow-up that starts with "and".
/// </summary>
public sealed class Facts14PremiumIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("hoeveel is de tweetaligheidspremie bij het ocmw?")]
    [InlineData("Hoe hoog is de haardpremie voor de boekhouder?")]
    [InlineData("how much is the shift allowance for the nurse job?")]
    [InlineData("et en plus, il y a une prime pour la permanence?")]
    public void Analyze_AmountOfANamedPremium_IsBenefits(string text) =>
        Assert.Equal("benefits", _sut.Analyze(text).Intent);
}
