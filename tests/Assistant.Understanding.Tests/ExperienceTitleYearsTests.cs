namespace Assistant.Understanding.Tests;

/// <summary>
/// Years followed by a job title with no word of experience or working ("3 jaar freelance vertaler", "1 jaar leerkracht
/// geweest") or by a workplace ("4 jaar bij een studiebureau") are experience; an age, a later time or a stay is not.
/// Invented sentences.
/// </summary>
public sealed class ExperienceTitleYearsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("bachelor biologie, 2 jaar leerkracht geweest. maak ik kans?", 2, "leerkracht")]
    [InlineData("Diploma TSO, daarna 7 jaar tuinier geweest. Mag ik meedoen?", 7, "tuinier")]
    [InlineData("TSO diploma en 5 jaar voltijds magazijnier in een distributiecentrum. Kan ik solliciteren?", 5, "magazijnier")]
    [InlineData("bachelor nursing, 3 years nurse at a hospital. Can I apply?", 3, "nurse")]
    public void Analyze_YearsFollowedByAJobTitle_AreExperienceInThatJob(string text, int years, string role)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Contains(sut.Experience, e => e.Years == years && e.Kind.Contains(role, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("master economie, en 4 jaar freelance boekhouder. kan ik solliciteren?", 4)]
    [InlineData("bachelor elektronica + 3 jaar bij een ingenieursbureau. mag ik deelnemen?", 3)]
    [InlineData("master in history and 5 years at a museum. Can I apply?", 5)]
    public void Analyze_YearsAtAWorkplace_AreExperience(string text, int years)
    {
        Assert.Contains(_sut.Analyze(text).Profile.Experience, e => e.Years == years);
    }

    [Theory]
    [InlineData("Ik ben 24 jaar ingenieur van opleiding. Kan ik solliciteren?")]
    [InlineData("Ik heb mijn diploma behaald en 2 jaar later verhuisd. Kan ik solliciteren?")]
    [InlineData("Ik heb 3 jaar bij mijn tante in Spanje gewoond. Kan ik solliciteren?")]
    [InlineData("Ik heb al 5 jaar rijbewijs B. Kan ik solliciteren?")]
    public void Analyze_YearsOfAnAgeATimeOrAStay_AreNoExperience(string text)
    {
        Assert.DoesNotContain(_sut.Analyze(text).Profile.Experience, e => e.Years > 0);
    }
}
