using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>The working times a candidate says they cannot or can work (nl/en/fr, invented).</summary>
public sealed class AvailabilityWordsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("ik heb een diploma secundair maar ik kan geen nachten werken door de kinderen", "night")]
    [InlineData("Weekendwerk wil ik niet, en ook geen nachtdiensten. Kan ik solliciteren?", "night,weekend")]
    [InlineData("Nachten werk ik echt niet. Kan ik solliciteren?", "night")]
    [InlineData("Nachtwerk is geen probleem, weekends zijn voor mij geen optie.", "weekend")]
    [InlineData("I can't work weekends or nights, can I still apply?", "weekend,night")]
    [InlineData("Je ne peux pas travailler la nuit, est-ce que je peux postuler ?", "night")]
    [InlineData("ik wil enkel dagdiensten doen", "night,evening,shift")]
    public void Analyze_CannotWork_IsUnavailable(string text, string kinds)
    {
        var profile = _sut.Analyze(text).Profile;

        Assert.Equal(kinds.Split(',').Order(), profile.Unavailable.Order());
    }

    [Theory]
    [InlineData("Nachtwerk is geen probleem voor mij en ik heb een bachelor.", "night")]
    [InlineData("I'm happy to work nights and weekends.", "night,weekend")]
    [InlineData("Geen probleem met ploegenwerk, ik heb 5 jaar ervaring.", "shift")]
    // A refusal of something else ("geen ervaring", "no degree") does not reach the time named in the next clause.
    [InlineData("Ik heb nog geen rijbewijs en kan nachten doen.", "night")]
    [InlineData("I have no degree and can work weekends.", "weekend")]
    [InlineData("Pas de diplôme mais je peux travailler la nuit.", "night")]
    public void Analyze_CanWork_IsAvailable(string text, string kinds)
    {
        var profile = _sut.Analyze(text).Profile;

        Assert.Empty(profile.Unavailable);
        Assert.Equal(kinds.Split(',').Order(), profile.AvailableFor.Order());
    }

    [Theory]
    [InlineData("Moet ik 's nachts werken?")]
    [InlineData("Is er weekendwerk bij deze job?")]
    [InlineData("Do I have to work shifts?")]
    public void Analyze_QuestionAboutHours_SaysNeither(string text)
    {
        var profile = _sut.Analyze(text).Profile;

        Assert.Empty(profile.Unavailable);
        Assert.Empty(profile.AvailableFor);
    }
}
