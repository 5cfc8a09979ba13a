using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>Vacancy titles made of words that are also question cues ("selectie", "loonadministratie", "onthaal").</summary>
public sealed class QuestionAnalyzerTitleWordTests
{
    private static readonly QuestionAnalyzer Analyzer = new(
    [
        new VacancyRef("aalst-deskundige-selectie", "Stad Aalst", "Deskundige selectie en rekrutering", "Aalst"),
        new VacancyRef("beveren-medewerker-loonadministratie", "Gemeente Beveren", "Medewerker loonadministratie", "Beveren"),
        new VacancyRef("ieper-jurist-overheidsopdrachten", "Stad Ieper", "Jurist overheidsopdrachten", "Ieper"),
        new VacancyRef("dilbeek-onthaalmedewerker", "Gemeente Dilbeek", "Onthaalmedewerker", "Dilbeek"),
        new VacancyRef("zele-coordinator-vrije-tijd", "Gemeente Zele", "Coördinator vrije tijd", "Zele"),
    ]);

    [Theory]
    [InlineData("Wat is het loon van de deskundige selectie?", "salary", "aalst-deskundige-selectie")]
    [InlineData("Hoe verloopt de selectieprocedure in Ieper?", "procedure", "ieper-jurist-overheidsopdrachten")]
    [InlineData("Wat verdient een medewerker loonadministratie?", "salary", "beveren-medewerker-loonadministratie")]
    [InlineData("Tot wanneer kan ik solliciteren als deskundige selectie en rekrutering?", "deadline", "aalst-deskundige-selectie")]
    [InlineData("Hoeveel vakantiedagen krijgt de onthaalmedewerker?", "benefits", "dilbeek-onthaalmedewerker")]
    [InlineData("Hoe verloopt de selectie in Aalst?", "procedure", "aalst-deskundige-selectie")]
    [InlineData("Wat verdient de coördinator vrije tijd?", "salary", "zele-coordinator-vrije-tijd")]
    [InlineData("Wat verdient de coordinator?", "salary", "zele-coordinator-vrije-tijd")]
    public void Analyze_TitleWithCueWords_KeepsTheIntentOfTheQuestion(string text, string intent, string id)
    {
        var sut = Analyzer.Analyze(text);

        Assert.Equal(intent, sut.Intent);
        Assert.Equal([id], sut.VacancyIds);
    }

    [Theory]
    [InlineData("Hoe verloopt de selectie?")]
    [InlineData("Wat is het loon?")]
    [InlineData("Wie is de contactpersoon?")]
    [InlineData("Hoeveel tijd heb ik nog om te solliciteren?")]
    [InlineData("Heb ik vrije dagen?")]
    public void Analyze_CueWordAlone_NamesNoVacancy(string text)
    {
        Assert.Empty(Analyzer.Analyze(text).VacancyIds);
    }
}
