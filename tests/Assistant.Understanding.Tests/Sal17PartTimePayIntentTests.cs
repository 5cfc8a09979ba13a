namespace Assistant.Understanding.Tests;

/// <summary>
/// What a share of a full-time job pays ("wat krijg ik voor 24/38?", "what would I get for half-time?") is a salary question;
/// days, hours or leave asked for a share are not.
/// </summary>
public sealed class Sal17PartTimePayIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("wat krijg ik voor 24/38 als boekhouder?")]
    [InlineData("Hoeveel is dat voor 80% als boekhouder?")]
    [InlineData("What would I get for half-time as an accountant?")]
    [InlineData("Combien je touche à mi-temps comme comptable ?")]
    public void Analyze_PayForAShareOfFullTime_IsSalary(string text) =>
        Assert.Equal("salary", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Hoeveel vakantiedagen krijg ik bij 4/5 als boekhouder?")]
    [InlineData("How many hours a week is half-time for the accountant?")]
    [InlineData("Combien de jours de congé à mi-temps comme comptable ?")]
    public void Analyze_DaysOrHoursForAShare_IsNoSalary(string text) =>
        Assert.NotEqual("salary", _sut.Analyze(text).Intent);
}
