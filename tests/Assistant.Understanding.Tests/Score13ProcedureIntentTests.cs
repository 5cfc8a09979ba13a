namespace Assistant.Understanding.Tests;

/// <summary>
/// How the selection goes, whether there is a test at all, or when a test named by a compound takes place is a procedure
/// question (also with "cv screening" in it); asking which documents to send is a documents question also when the
/// candidate states facts about themselves; "bij mijn sollicitatie voegen" asks for documents.
/// </summary>
public sealed class Score13ProcedureIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Hoe verloopt de selectie voor de boekhouder? Wordt er op cv geselecteerd?")]
    [InlineData("hoe ziet de procedure eruit voor de baliemedewerker, is er een cv screening")]
    [InlineData("How does the selection work for the accountant job?")]
    [InlineData("Komt er ook een gesprek voor de job van boekhouder?")]
    [InlineData("Is there an exam for the accountant job?")]
    [InlineData("Wanneer is de rijproef voor de chauffeur?")]
    [InlineData("Op welke dag valt de computertest?")]
    [InlineData("Is de praktijkopdracht eliminerend?")]
    public void Analyze_AboutTheSelection_IsProcedure(string text) =>
        Assert.Equal("procedure", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Which documents must I upload if I have no degree but five years of experience?")]
    [InlineData("Welke stukken moet ik opladen als ik geen diploma heb maar wel 4 jaar ervaring?")]
    [InlineData("Wat moet ik bij mijn kandidatuur voegen?")]
    [InlineData("Wat steek je bij de sollicitatie als redder?")]
    public void Analyze_WhichDocuments_IsDocuments(string text) =>
        Assert.Equal("documents", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Moet ik een attest van goed gedrag hebben?")]
    [InlineData("What is the fastest way to apply?")]
    public void Analyze_NoTestWord_IsNotProcedure(string text) =>
        Assert.NotEqual("procedure", _sut.Analyze(text).Intent);
}
