using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// A period dated by its start ("sinds 2023", "since March 2019", "depuis 2020") read as the time it has surely lasted on
/// the day of the question: counted from the end of the year or month named, never more.
/// </summary>
public sealed class SinceDatesTests
{
    private static readonly DateOnly Today = new(2027, 1, 10);
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik werk sinds 2022 als boekhouder bij een bank.", 4)]
    [InlineData("I have been working as a nurse since 2021.", 5)]
    [InlineData("Je travaille comme comptable depuis 2019.", 7)]
    [InlineData("Ik werk sinds maart 2024 als magazijnier.", 2.75)]
    [InlineData("I have been working as a bus driver since 1 October 2025.", 1.25)]
    public void Analyze_WorkSinceAYear_IsTheYearsItSurelyLasted(string text, double years)
    {
        var sut = Assert.Single(_sut.Analyze(text, Today).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
    }

    [Theory]
    [InlineData("Ik heb rijbewijs C sinds 2020.")]
    [InlineData("Ik woon sinds 2015 in Gent.")]
    [InlineData("Ik werk sinds 2028 als boekhouder.")]
    [InlineData("Ik werk sinds januari 2027 als kok.")]
    public void Analyze_NoWorkOrNoPeriodYet_IsNoExperience(string text)
    {
        Assert.Empty(_sut.Analyze(text, Today).Profile.Experience);
    }

    [Fact]
    public void Analyze_WithoutToday_LeavesTheYearUnread()
    {
        Assert.Empty(_sut.Analyze("Ik werk sinds 2022 als boekhouder bij een bank.").Profile.Experience);
    }

    [Theory]
    [InlineData("Ik ben sinds 2019 statutair medewerker bij de gemeente.", 84)]
    [InlineData("Ik werk sinds maart 2024 als contractueel arbeider niveau D bij de provincie.", 33)]
    public void Analyze_SeniorityDatedByItsStart_IsRead(string text, int months)
    {
        Assert.Equal(months, _sut.Analyze(text, Today).Profile.Internal?.SeniorityMonths);
    }
}
