using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>A prison job named in everyday words ("the prison job", "als cipier", "à la prison") names the vacancy whose title says "penitentiair". Invented vacancies.</summary>
public sealed class QuestionAnalyzerPrisonWordsTests
{
    private static readonly QuestionAnalyzer Analyzer = new(
    [
        new VacancyRef("fod-x-penitentiair-assistent", "Federale Overheidsdienst X", "Penitentiair assistent", "Brussel"),
        new VacancyRef("gemeente-y-administratief-medewerker", "Gemeente Y", "Administratief medewerker", "Yvelde"),
        new VacancyRef("ocmw-z-maatschappelijk-werker", "OCMW Z", "Maatschappelijk werker", "Zandhoven"),
    ]);

    [Theory]
    [InlineData("what do i have to do in the physical test for the prison job?")]
    [InlineData("krijg je extra geld voor nachtdiensten als cipier?")]
    [InlineData("Quel est le salaire pour travailler à la prison ?")]
    public void Analyze_PrisonInEverydayWords_NamesThePenitentiaryVacancy(string text) =>
        Assert.Equal(["fod-x-penitentiair-assistent"], Analyzer.Analyze(text).VacancyIds);
}
