using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>A Dutch job title named by the job's everyday English or French words, whole or as the parts of its compound.</summary>
public sealed class QuestionAnalyzerEverydayJobWordsTests
{
    private static readonly QuestionAnalyzer Sut = new(
    [
        new VacancyRef("gemeente-hulsdonk-redder", "Gemeente Hulsdonk", "Redder", "Hulsdonk"),
        new VacancyRef("instituut-veltem-laboratoriumtechnicus", "Instituut Veltem", "Laboratoriumtechnicus", "Veltem"),
        new VacancyRef("ocmw-kranenburg-kok", "OCMW Kranenburg", "Kok woonzorgcentrum", "Kranenburg"),
        new VacancyRef("dienst-pensioenen-dossierbeheerder", "Federale Pensioendienst", "Dossierbeheerder pensioenen", null),
    ]);

    [Theory]
    [InlineData("How much does a lifeguard earn?", "gemeente-hulsdonk-redder")]
    [InlineData("Combien gagne un sauveteur ?", "gemeente-hulsdonk-redder")]
    [InlineData("Until when can I apply for the lab technician position?", "instituut-veltem-laboratoriumtechnicus")]
    [InlineData("what benefits come with the lab tech job?", "instituut-veltem-laboratoriumtechnicus")]
    [InlineData("Jusqu'à quand puis-je postuler comme technicien de laboratoire ?", "instituut-veltem-laboratoriumtechnicus")]
    [InlineData("Is the cook job full-time?", "ocmw-kranenburg-kok")]
    [InlineData("What does the pension file manager earn?", "dienst-pensioenen-dossierbeheerder")]
    public void Analyze_JobInEverydayEnglishOrFrench_NamesTheVacancy(string text, string id) =>
        Assert.Equal([id], Sut.Analyze(text).VacancyIds);
}
