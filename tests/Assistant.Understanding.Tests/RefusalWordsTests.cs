using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>What a candidate says they will not or cannot do, as the words of the refused activity (nl/en/fr, invented).</summary>
public sealed class RefusalWordsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb een bachelor, maar ik wil geen wapen dragen. Kan ik solliciteren?", "wapen")]
    [InlineData("ik ben niet bereid om naar het buitenland te reizen", "buitenland")]
    [InlineData("I refuse to wear a uniform, can I still apply?", "uniform")]
    [InlineData("I'm not willing to relocate to another city.", "relocate")]
    [InlineData("Je ne veux pas porter d'arme. Est-ce que je peux postuler ?", "porter")]
    [InlineData("je refuse de travailler avec des animaux", "animaux")]
    public void Analyze_ARefusal_NamesTheRefusedActivity(string text, string word)
    {
        Assert.Contains(word, _sut.Analyze(text).Profile.Declines);
    }

    [Theory]
    [InlineData("Moet ik een wapen dragen?")]
    [InlineData("Ik heb een bachelor en 5 jaar ervaring. Kan ik solliciteren?")]
    [InlineData("Do I have to wear a uniform?")]
    public void Analyze_AQuestionOrNoRefusal_DeclinesNothing(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Declines);
    }
}
