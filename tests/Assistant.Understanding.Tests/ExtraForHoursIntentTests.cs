namespace Assistant.Understanding.Tests;

/// <summary>
/// Extra pay for nights, weekends or on-call duty is a benefits question in
/// whatever words it is asked.
/// </summary>
public sealed class ExtraForHoursIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Hoeveel extra krijg je voor weekendwerk als verpleegkundige?")]
    [InlineData("krijg je iets extra bij permanentie als technieker?")]
    [InlineData("Do you get extra money for evening shifts as a cleaner?")]
    [InlineData("Y a-t-il un supplément pour le travail de nuit ?")]
    public void Analyze_ExtraForHours_IsBenefits(string text) =>
        Assert.Equal("benefits", _sut.Analyze(text).Intent);
}
