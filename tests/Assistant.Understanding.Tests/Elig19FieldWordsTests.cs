using Assistant.Core.Facts;

namespace Assistant.Understanding.Tests;

/// <summary>
/// The field of a diploma said with words around it that are no field: the degree's kind ("of science in"), the recognition
/// ("recognised in Belgium"), the school ("d'une haute école") and the country it is from ("un diplôme roumain"). Invented phrasings.
/// </summary>
public sealed class Elig19FieldWordsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("I hold a bachelor of science in nursing. Can I apply?", "verpleegkunde")]
    [InlineData("I have a bachelor in nursing recognised in Belgium. Can I apply?", "verpleegkunde")]
    [InlineData("J'ai un bachelier assistant social d'une haute école de Liège. Puis-je postuler ?", "sociaal werk")]
    [InlineData("I have a master of arts in history, am I eligible?", "geschiedenis")]
    public void Analyze_FieldWithWordsAroundIt_ReadsTheFieldOnly(string text, string field)
    {
        Assert.Equal(field, _sut.Analyze(text).Profile.DiplomaField);
    }

    [Theory]
    [InlineData("Je suis infirmière (bachelier) avec un diplôme roumain. Puis-je postuler ?")]
    [InlineData("Ik heb een Marokkaans diploma bachelor, kan ik solliciteren?")]
    public void Analyze_CountryOfTheDiploma_IsNoField(string text)
    {
        var field = _sut.Analyze(text).Profile.DiplomaField;

        Assert.False(field is "roumain" or "marokkaans", $"the country was read as the field: {field}");
    }
}
