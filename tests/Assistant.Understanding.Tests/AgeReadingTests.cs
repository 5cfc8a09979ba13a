namespace Assistant.Understanding.Tests;

/// <summary>The candidate's age in the forms read by <c>AgeRules</c>: as an adjective, in words, and an age still to reach.</summary>
public sealed class AgeReadingTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("I'm a 16-year-old pupil, may I apply?", 16)]
    [InlineData("Belgian, 23 years old, with a bachelor. Can I apply?", 23)]
    [InlineData("Ik ben een 17-jarige scholier, kan ik meedoen?", 17)]
    [InlineData("Ik ben zestien, mag ik werken in de zomer?", 16)]
    [InlineData("I'm seventeen and still at school.", 17)]
    [InlineData("J'ai seize ans, je peux postuler ?", 16)]
    [InlineData("Âgé de 19 ans, puis-je postuler ?", 19)]
    [InlineData("Ik word 18 in augustus. Mag ik redder worden?", 17)]
    [InlineData("I turn 18 in August, can I apply?", 17)]
    [InlineData("J'aurai 18 ans en août, est-ce possible ?", 17)]
    [InlineData("Hoeveel verdien ik per uur als ik 18 ben?", 18)]
    [InlineData("What's the hourly wage if I'm 19?", 19)]
    [InlineData("Ik ben student, kan ik solliciteren?", null)]
    [InlineData("Ik ben twintig jaar in dienst bij de stad.", null)]
    [InlineData("Diploma TSO, ben 24, heb rijbewijs B. Kan ik solliciteren?", 24)]
    [InlineData("I'm 31, with a bachelor in law. Can I apply?", 31)]
    [InlineData("Ik ben 45 en heb geen diploma, mag ik meedoen?", 45)]
    [InlineData("Ik ben 24 uur per week beschikbaar.", null)]
    public void Analyze_AgeForms_SetAge(string text, int? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Age);
    }

    [Theory]
    [InlineData("Ik word 18 in augustus. Mag ik redder worden?", 18)]
    [InlineData("J'aurai 18 ans le 1er juillet 2027, combien je gagne ?", 18)]
    [InlineData("Ik ben 17 jaar, wat verdien ik?", null)]
    [InlineData("Ik ben een 17-jarige scholier, kan ik meedoen?", null)]
    public void Analyze_AgeStillToReach_SetsAgeSoon(string text, int? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.AgeSoon);
    }

    [Theory]
    [InlineData("ik word 16 in maart, mag ik monitor worden?", "2027-03-31")]
    [InlineData("Ik word 18 op 12 mei 2027. Kan ik solliciteren?", "2027-05-12")]
    [InlineData("I turn 17 in December, can I apply?", "2027-12-31")]
    [InlineData("J'aurai 18 ans le 1er juillet 2027, puis-je postuler ?", "2027-07-01")]
    [InlineData("I'll be 18 next month, can I apply?", "2027-02-28")]
    [InlineData("ik word 16 deze zomer, mag ik meedoen?", null)]
    [InlineData("ik word 16 in januari", "2027-01-31")]
    public void Analyze_AgeStillToReach_SetsWhenWithTodayResolvingTheYear(string text, string? expected)
    {
        var by = _sut.Analyze(text, new DateOnly(2027, 1, 5)).Profile.AgeSoonBy;

        Assert.Equal(expected, by?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
