using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>What a candidate says they do not have, beyond the facts read on their own (nl/en/fr, invented).</summary>
public sealed class LackedWordsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik ben bachelor verpleegkunde maar heb nog geen visum. Kan ik solliciteren?", "visum")]
    [InlineData("ik heb geen VCA-attest, is dat erg?", "vca")]
    [InlineData("Ik beschik niet over een bestuurderskaart, kan ik toch meedoen?", "bestuurderskaart")]
    [InlineData("I don't have a visa yet. Can I apply?", "visa")]
    [InlineData("I have no forklift certificate, can I still apply?", "forklift")]
    [InlineData("Je n'ai pas de carte conducteur. Je peux postuler ?", "carte")]
    [InlineData("J'ai un diplôme secondaire, mais je n'ai pas de certificat de cariste.", "cariste")]
    [InlineData("Ik heb een bachelor orthopedie, maar nog geen erkenning.", "erkenning")]
    [InlineData("I have a master's degree but no security clearance.", "security")]
    public void Analyze_SomethingLacked_NamesIt(string text, string word)
    {
        Assert.Contains(word, _sut.Analyze(text).Profile.Lacks);
    }

    [Theory]
    [InlineData("Heb ik geen visum nodig?")]
    [InlineData("Ik heb geen rijbewijs en geen diploma. Kan ik solliciteren?")]
    [InlineData("Ik heb geen probleem met nachtwerk.")]
    [InlineData("I don't have a driving licence, can I apply?")]
    [InlineData("Je n'ai pas d'expérience. Je peux postuler ?")]
    [InlineData("Ik heb geen Belgische nationaliteit maar ben Nederlander.")]
    [InlineData("Je n'ai pas terminé mes études secondaires.")]
    [InlineData("Ik heb een bachelor maar geen ervaring.")]
    [InlineData("Ik heb geen getuigschrift secundair onderwijs.")]
    public void Analyze_AQuestionOrAFactOfItsOwn_LacksNothing(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Lacks);
    }
}
