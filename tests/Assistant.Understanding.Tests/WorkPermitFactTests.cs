using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>A residence and work permit the candidate says they hold or lack, in nl/en/fr; a question about one is no fact.</summary>
public sealed class WorkPermitFactTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik ben Chileen en heb een geldige verblijfs- en arbeidsvergunning. Kan ik solliciteren?", true)]
    [InlineData("I am from Peru and I hold a valid work permit.", true)]
    [InlineData("Je suis péruvien, j'ai un permis de séjour et de travail valable.", true)]
    [InlineData("Ik heb geen werkvergunning, mag ik meedoen?", false)]
    [InlineData("Heb ik een werkvergunning nodig?", null)]
    [InlineData("Ik heb een bachelordiploma.", null)]
    public void Analyze_PermitStatement_SetsWorkPermit(string text, bool? expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.WorkPermit);
    }
}
