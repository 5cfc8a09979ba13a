using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// The candidate's facts in their own words: years in a job named by its title ("ik ben al 5 jaar kok", "je suis
/// aide-soignante depuis 4 ans", "I've been a bus driver for 6 years"), also as a volunteer; a short reply that opens with years is
/// experience whatever slot was asked; and facts do not turn a salary or procedure question into an eligibility one.
/// </summary>
public sealed class CandidateOwnWordsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik ben al 6 jaar magazijnier. Kan ik solliciteren?", 6)]
    [InlineData("ik ben nu 4 jaar kinderverzorgster, mag ik meedoen?", 4)]
    [InlineData("Je suis aide-soignante depuis 5 ans. Puis-je postuler ?", 5)]
    [InlineData("Je suis cuisinier depuis trois ans, est-ce que je peux postuler ?", 3)]
    [InlineData("I've been a bus driver for 7 years. Can I apply?", 7)]
    [InlineData("I have been a receptionist for 2 years, can I apply?", 2)]
    public void Analyze_YearsInAJobTitle_IsExperienceInThatJob(string text, double years)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
        Assert.StartsWith("domain:", sut.Kind, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Geen diploma, maar ik sta al 4 jaar in een fietsenwinkel. Kan ik meedoen?", 4)]
    [InlineData("Ik stond 6 jaar achter de toog in een brasserie, kan ik solliciteren?", 6)]
    public void Analyze_YearsStandingInAWorkplace_AreExperience(string text, double years)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
    }

    [Theory]
    [InlineData("Ik sta al 2 jaar op de wachtlijst. Kan ik solliciteren?")]
    [InlineData("Ik sta al 3 jaar op de reservelijst, kan ik meedoen?")]
    public void Analyze_YearsStandingOnAList_AreNoExperience(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Experience);
    }

    [Theory]
    [InlineData("Ik ben al 5 jaar scoutsleider als vrijwilliger. Maak ik kans?", 5)]
    [InlineData("ik ben sinds 3 jaar vrijwillig trainer bij de atletiekclub, kan ik meedoen?", 3)]
    [InlineData("I've been a volunteer youth coach for 4 years. Can I apply?", 4)]
    [InlineData("geen diploma, maar ben al 4 jaar vrijwillig monitor bij de jeugdbeweging. maak ik kans?", 4)]
    [InlineData("No degree, but have been a volunteer swimming coach for 3 years. Can I apply?", 3)]
    [InlineData("Je suis animateur bénévole depuis 6 ans, puis-je postuler ?", 6)]
    public void Analyze_YearsAsAVolunteer_IsExperienceWithTheVolunteerWords(string text, double years)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
        Assert.NotNull(sut.Description);
    }

    [Theory]
    [InlineData("Ik ben 17 jaar. Kan ik solliciteren?")]
    [InlineData("Ik ben al 3 jaar getrouwd. Kan ik solliciteren?")]
    [InlineData("Ik ben al 2 jaar werkloos. Kan ik solliciteren?")]
    [InlineData("Je suis au chômage depuis 2 ans, puis-je postuler ?")]
    [InlineData("I've been unemployed for 3 years. Can I apply?")]
    [InlineData("Ik ben geen 5 jaar kok geweest, maar 1 jaar hulpkok.")]
    public void Analyze_YearsThatAreNoJob_AreNoExperienceInAJob(string text)
    {
        Assert.DoesNotContain(_sut.Analyze(text).Profile.Experience, e => e.Kind.StartsWith("domain:", StringComparison.Ordinal) && e.Years >= 2 && !e.Kind.Contains("hulpkok", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hoe lang is de werfreserve geldig?", "procedure")]
    [InlineData("Welke documenten moet ik meesturen?", "documents")]
    [InlineData("Ik heb 14/20 op de schriftelijke proef. Ben ik geslaagd?", "scoring")]
    [InlineData("Ik heb 10 jaar ervaring. Hoeveel zou ik verdienen als ik zou beginnen?", "salary")]
    [InlineData("I have 8 years of experience. What would my salary be if I start?", "salary")]
    public void Analyze_NoFactsOrNoMayIJoin_KeepsItsIntent(string text, string intent)
    {
        Assert.Equal(intent, _sut.Analyze(text).Intent);
    }

    [Theory]
    [InlineData("diploma", "3 jaar in een dagcentrum", 3)]
    [InlineData("diploma", "2 years in customer service at a call centre", 2)]
    [InlineData("licence", "quatre ans comme animatrice dans un centre de jeunes", 4)]
    [InlineData("diploma-field", "18 maanden als onthaalmedewerker", 1.5)]
    public void SlotReply_OpeningWithYears_IsExperienceWhateverWasAsked(string slot, string text, double years)
    {
        var read = Assistant.Understanding.Replies.SlotReplies.Read(slot, text, new Assistant.Tools.Profile.CandidateProfile(), _sut.Analyze);

        Assert.NotNull(read);
        Assert.Equal((decimal)years, read.Experience.Sum(e => e.Years));
    }

    [Theory]
    [InlineData("diploma", "2 jaar?")]
    [InlineData("diploma", "geen idee")]
    [InlineData("licence", "2027")]
    public void SlotReply_NoYearsOrAQuestion_IsNoExperience(string slot, string text)
    {
        var read = Assistant.Understanding.Replies.SlotReplies.Read(slot, text, new Assistant.Tools.Profile.CandidateProfile(), _sut.Analyze);

        Assert.True(read is null || read.Experience.Count == 0);
    }
}
