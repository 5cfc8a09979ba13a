using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>The message is read once: the analysis carries its folded text and words for what the answers still match.</summary>
public sealed class QuestionAnalyzerReadOnceTests
{
    [Fact]
    public void Analyze_Message_CarriesItsFoldedTextBetweenSpacesAndItsFoldedWords()
    {
        var sut = UnderstandingTestData.SeedAnalyzer.Analyze("Wat is het TELEFOONNUMMER van de crèche?");

        Assert.Equal(" wat is het telefoonnummer van de creche? ", sut.FoldedText);
        Assert.Equal(["wat", "is", "het", "telefoonnummer", "van", "de", "creche"], sut.Words);
    }

    [Fact]
    public void Analyze_AMessageLongerThanTheAnalysedPart_KeepsItsLastWordsForTheAnswers()
    {
        var text = string.Concat(Enumerable.Repeat("bla ", 300)) + "zwembadtoelage";

        var sut = UnderstandingTestData.SeedAnalyzer.Analyze(text);

        Assert.Equal("zwembadtoelage", sut.Words[^1]);
        Assert.EndsWith(" zwembadtoelage ", sut.FoldedText, StringComparison.Ordinal);
    }
}
