namespace Assistant.Understanding.Tests;

/// <summary>
/// Whether the application period has started ("Kan ik me nu al inschrijven?", "Vanaf wanneer kan ik solliciteren?") asks the
/// deadline; a student asking "kan ik al solliciteren?" still asks eligibility; what comes beside the pay asks the benefits. Invented employers.
/// </summary>
public sealed class Facts13DeadlineOpensTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Kan ik me nu al inschrijven voor de zomerjob bij de sporthal?")]
    [InlineData("Mag ik mij al aanmelden als monitor voor de speelpleinwerking?")]
    [InlineData("Vanaf wanneer kan ik solliciteren voor de job van redder?")]
    [InlineData("From when can I apply for the lifeguard job?")]
    [InlineData("À partir de quand puis-je postuler comme moniteur ?")]
    [InlineData("Zijn de inschrijvingen voor de studentenjobs al open?")]
    public void Analyze_HasTheApplicationPeriodStarted_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);

    [Fact]
    public void Analyze_StudentAsksWhetherTheyMayApplyAlready_StaysEligibility() =>
        Assert.Equal("eligibility", _sut.Analyze("Ik zit in mijn laatste jaar bachelor, kan ik al solliciteren voor de job van redder?").Intent);

    [Theory]
    [InlineData("wat krijg je bij de gemeente allemaal naast je loon als tuinier?")]
    [InlineData("What do I get on top of the salary as a gardener?")]
    [InlineData("Qu'est-ce qu'on reçoit en plus du salaire comme jardinier ?")]
    public void Analyze_WhatComesBesideThePay_IsBenefits(string text) =>
        Assert.Equal("benefits", _sut.Analyze(text).Intent);
}
