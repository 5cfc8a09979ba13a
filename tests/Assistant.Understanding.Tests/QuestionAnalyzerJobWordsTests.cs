using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>Whether a vacancy was named by its employer or place, or only by words of its title.</summary>
public sealed class QuestionAnalyzerJobWordsTests
{
    private static readonly QuestionAnalyzer Sut = new(
    [
        new VacancyRef("stad-oostmere-administratief-deskundige", "Stad Oostmere", "Administratief deskundige burgerzaken", "Oostmere"),
        new VacancyRef("agentschap-bodem-dossierbehandelaar", "Agentschap Bodembeheer", "Dossierbehandelaar bodemonderzoek", "Walbeke"),
    ]);

    [Fact]
    public void Analyze_ReplyDescribingOwnWork_NamesTheVacancyByJobWordsOnly()
    {
        var sut = Sut.Analyze("5 jaar, ik behandel dossiers bij een sociaal secretariaat");

        Assert.Contains("agentschap-bodem-dossierbehandelaar", sut.VacancyIds);
        Assert.True(sut.VacancyByJobWordsOnly);
    }

    [Fact]
    public void Analyze_EmployerNamed_IsNotJobWordsOnly()
    {
        var sut = Sut.Analyze("Ik wil solliciteren als dossierbehandelaar bij het Agentschap Bodembeheer");

        Assert.Equal("agentschap-bodem-dossierbehandelaar", sut.VacancyIds[0]);
        Assert.False(sut.VacancyByJobWordsOnly);
    }

    [Fact]
    public void Analyze_CommonWordOneLetterFromAnEmployerWord_IsNoTypoOfIt()
    {
        var sut = new QuestionAnalyzer(
        [
            new VacancyRef("agentschap-paden-dossierbehandelaar", "Agentschap Fietspaden en Trage Wegen", "Dossierbehandelaar subsidies", "Brussel"),
            new VacancyRef("az-noord-verpleegkundige", "AZ Noord", "Verpleegkundige geriatrie", "Noordveld"),
        ]).Analyze("Hoeveel weken inwerking krijg ik als nieuwe verpleegkundige?");

        Assert.Equal(["az-noord-verpleegkundige"], sut.VacancyIds);
    }
}
