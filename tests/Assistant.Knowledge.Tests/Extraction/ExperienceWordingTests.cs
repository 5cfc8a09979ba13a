using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Years of experience however the adjectives before "ervaring" are worded, the domain an adjective names, and experience
/// that must be recent (a window no years check can judge, so the sentence stays to be quoted).
/// </summary>
public class ExperienceWordingTests
{
    private static Requirements Read(string lines) =>
        TestKnowledge.FromText("Consulent (B1-B3)\n\nWie zoeken we?\n\n" + lines + "\n").Requirements;

    [Theory]
    [InlineData("- of een ander bachelordiploma, aangevuld met minstens 18 maanden betaalde ervaring in de museumsector.", 1.5)]
    [InlineData("- een bachelordiploma en minstens 2 jaar aantoonbare, voltijdse ervaring;", 2)]
    [InlineData("- een bachelordiploma met drie jaar effectieve werkervaring.", 3)]
    public void Route_AnyAdjectiveBeforeErvaring_GivesTheYears(string line, double years)
    {
        var route = Assert.Single(Read(line).Routes);

        Assert.Equal((decimal)years, route.MinExperienceYears);
    }

    [Theory]
    [InlineData("- een masterdiploma en minstens 2 jaar juridische beroepservaring.", "domain:juridisch")]
    [InlineData("- een bachelordiploma en 3 jaar administratieve ervaring.", "domain:administratief")]
    [InlineData("- een bachelordiploma en 4 jaar technische werkervaring.", "domain:technisch")]
    public void Route_AdjectiveNamingADomain_IsTheKind(string line, string kind)
    {
        var route = Assert.Single(Read(line).Routes);

        Assert.Equal(kind, route.ExperienceKind);
    }

    [Theory]
    [InlineData("1° een masterdiploma in de rechten;\n2° minstens twee jaar juridische beroepservaring hebben, opgedaan in de laatste vijf jaar;")]
    [InlineData("- een masterdiploma;\n- 3 jaar ervaring in projectbeheer binnen de voorbije 5 jaar.")]
    public void ExperienceInARecentWindow_IsNoYearsCheckButQuoted(string lines)
    {
        var sut = Read(lines);

        Assert.All(sut.Routes, r => Assert.Null(r.MinExperienceYears));
        Assert.Contains(sut.Unparsed, u => u.Touches.Contains("experience"));
    }
}
