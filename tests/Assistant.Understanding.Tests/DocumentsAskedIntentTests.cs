namespace Assistant.Understanding.Tests;

/// <summary>Which documents to send, asked with the candidate's facts as its condition, is still the documents question.</summary>
public sealed class DocumentsAskedIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Which papers must I send if I have no diploma but 6 years of experience?")]
    [InlineData("Welke stukken moet ik opsturen als ik geen diploma heb maar wel 4 jaar ervaring?")]
    [InlineData("Quels documents dois-je joindre si je n'ai pas de diplôme mais 5 ans d'expérience ?")]
    public void Analyze_DocumentsAskedWithProfileFacts_IsDocuments(string text) =>
        Assert.Equal("documents", _sut.Analyze(text).Intent);
}
