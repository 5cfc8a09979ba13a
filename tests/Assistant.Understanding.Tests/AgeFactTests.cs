namespace Assistant.Understanding.Tests;

/// <summary>The age a candidate states, in nl/en/fr; years of service or experience are no age.</summary>
public sealed class AgeFactTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik ben 16 jaar en wil graag in de zomer werken. Mag ik solliciteren?", 16)]
    [InlineData("Ik ben 19 jaar oud, mag ik meedoen?", 19)]
    [InlineData("I'm 16 years old, can I apply?", 16)]
    [InlineData("I am 22 and have a bachelor in social work.", 22)]
    [InlineData("J'ai 16 ans, puis-je postuler ?", 16)]
    [InlineData("Ik ben 15 jaar in dienst bij de gemeente. Mag ik solliciteren?", null)]
    [InlineData("Ik ben 20 jaar als verpleegkundige aan de slag geweest.", null)]
    [InlineData("J'ai 15 ans d'expérience comme infirmier.", null)]
    [InlineData("Ik heb 18 jaar ervaring.", null)]
    [InlineData("Moet ik 18 jaar zijn?", null)]
    public void Analyze_AgeStatement_SetsAge(string text, int? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Age);
    }
}
