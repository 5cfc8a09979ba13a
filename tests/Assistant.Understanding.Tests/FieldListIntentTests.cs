namespace Assistant.Understanding.Tests;

/// <summary>
/// "Something in a field" over all vacancies ("hebben jullie iets in de zorg?", "do you have any technical jobs?") is a
/// question about the list; something in the vacancy's text or a benefit is not.
/// </summary>
public sealed class FieldListIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Hebben jullie nog iets in de techniek?")]
    [InlineData("is er iets voor mensen die graag buiten werken?")]
    [InlineData("Do you have any technical jobs at the moment?")]
    [InlineData("Avez-vous quelque chose dans le social ?")]
    public void Analyze_SomethingInAField_IsVacancies(string text) =>
        Assert.Equal("vacancies", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Is there any work from home for the gardener?")]
    [InlineData("Is er iets voorzien voor kinderopvang bij de stad?")]
    public void Analyze_SomethingAboutOneVacancy_IsNotVacancies(string text) =>
        Assert.NotEqual("vacancies", _sut.Analyze(text).Intent);
}
