namespace Assistant.Understanding.Tests;

/// <summary>The rules' intent confidence: high for one intent's cues, low without a deciding cue or for a near tie.</summary>
public sealed class IntentConfidenceTests
{
    private static readonly QuestionAnalyzer Sut = new([new VacancyRef("bosdorp-tuinier", "Gemeente Bosdorp", "Tuinier", "Bosdorp")]);

    [Theory]
    [InlineData(4, 0, 1.0)]
    [InlineData(4, 2, 0.5)]
    [InlineData(3, 3, 0.0)]
    [InlineData(0, 0, 0.0)]
    public void OfCues_IsTheLeadOverTheRunnerUpAsAShareOfTheTop(double top, double second, double expected) =>
        Assert.Equal(expected, IntentConfidence.OfCues(top, second), 3);

    [Theory]
    [InlineData("Wat is het brutoloon van de tuinier in Bosdorp?")]
    [InlineData("Tot wanneer kan ik solliciteren voor de tuinier?")]
    [InlineData("Dank je wel!")]
    [InlineData("En in Bosdorp?")] // elliptic: the conversation supplies the intent
    public void AClearQuestion_IsAtOrAboveTheThreshold(string text) =>
        Assert.True(Sut.Analyze(text).Confidence >= IntentConfidence.Threshold, $"{text}: {Sut.Analyze(text).Confidence}");

    [Theory]
    [InlineData("Hoe zit het met de centjes bij de tuinier in Bosdorp?")] // no cue: answered as a general question
    [InlineData("Blorp fnarg zwiebel?")] // nothing recognised
    public void AQuestionWithoutDecidingCue_IsBelowTheThreshold(string text) =>
        Assert.True(Sut.Analyze(text).Confidence < IntentConfidence.Threshold, $"{text}: {Sut.Analyze(text).Confidence}");
}
