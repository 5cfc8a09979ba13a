using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// A candidate who states their facts before asking whether they may start: the things named among their facts (a crèche
/// they worked in, the permanent contract they hold) do not make the question one about benefits or the contract.
/// </summary>
public sealed class StatedFactsIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Geen diploma, wel 4 jaar gewerkt in een kinderdagverblijf. Kan ik bij jullie beginnen?")]
    [InlineData("I have a bachelor and worked 3 years in a day care centre. Can I start working at your centre?")]
    [InlineData("J'ai un bachelier et 2 ans d'expérience dans une crèche. Puis-je commencer à travailler chez vous ?")]
    [InlineData("Ik werk 7 jaar in niveau C met een vast contract. Mag ik deelnemen aan de bevordering?")]
    [InlineData("I have worked 5 years on a permanent contract at level D. Can I apply for the promotion?")]
    public void Analyze_FactsThenAnEligibilityQuestion_IsEligibility(string text)
    {
        Assert.Equal("eligibility", _sut.Analyze(text).Intent);
    }

    [Theory]
    [InlineData("Ik heb twee kinderen. Is er kinderopvang voorzien?", "benefits")]
    [InlineData("Is er kinderopvang voor personeel?", "benefits")]
    [InlineData("How long is the contract?", "general")]
    public void Analyze_TopicAskedInTheQuestionItself_KeepsItsIntent(string text, string intent)
    {
        Assert.Equal(intent, _sut.Analyze(text).Intent);
    }
}
