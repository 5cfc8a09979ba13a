using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// A vacancy named by its employer's acronym in either language, an everyday word for the employer, or its job in English
/// or French; the common nouns of an employer's name and the level of government name no vacancy (facts7).
/// </summary>
public sealed class QuestionAnalyzerEmployerNameTests
{
    private static readonly QuestionAnalyzer Analyzer = new(
    [
        new VacancyRef("fdbk-cartograaf", "Federale Dienst voor Bodemkartering (FDBK)", "Cartograaf", null, Names: "SFCS"),
        new VacancyRef("agentschap-havens-sluiswachter", "Vlaams Agentschap Havens (VAH)", "Sluiswachter", null),
        new VacancyRef("az-meersdal-verpleegkundige", "AZ Meersdal", "Verpleegkundige", "Meersdal", Names: "ziekenhuis hospital"),
        new VacancyRef("huiswijs-oosterveld-woonadviseur", "Huiswijs Oosterveld", "Woonadviseur", null),
        new VacancyRef("ocmw-laagveld-schuldbemiddelaar", "OCMW Laagveld", "Schuldbemiddelaar", "Laagveld"),
    ]);

    [Theory]
    [InlineData("Qui est la personne de contact au SFCS ?", "fdbk-cartograaf")]
    [InlineData("Tot wanneer kan ik solliciteren bij de FDBK?", "fdbk-cartograaf")]
    [InlineData("How long is the reserve valid for the lock keeper job?", "agentschap-havens-sluiswachter")]
    [InlineData("Combien gagne-t-on à l'écluse ?", "agentschap-havens-sluiswachter")]
    [InlineData("Wat verdien je in het ziekenhuis?", "az-meersdal-verpleegkundige")]
    [InlineData("What is the salary at the hospital?", "az-meersdal-verpleegkundige")]
    [InlineData("Y a-t-il des chèques-repas au CPAS ?", "ocmw-laagveld-schuldbemiddelaar")]
    public void Analyze_AcronymEverydayWordOrTranslatedJobWord_FindsTheVacancy(string text, string id) =>
        Assert.Equal([id], Analyzer.Analyze(text).VacancyIds);

    [Theory]
    [InlineData("Hebben jullie federale vacatures?")]
    [InlineData("Any Flemish jobs open?")]
    public void Analyze_LevelOfGovernment_NamesNoVacancy(string text) =>
        Assert.Empty(Analyzer.Analyze(text).VacancyIds);

    [Fact]
    public void Analyze_CommonNounOfAnEmployerName_DoesNotNameItBesideAProperName()
    {
        // "service" is the "Dienst" of the federal service's name: the question names Huiswijs only.
        Assert.Equal(["huiswijs-oosterveld-woonadviseur"], Analyzer.Analyze("Chez Huiswijs, est-ce que je peux utiliser la voiture de service le week-end ?").VacancyIds);
    }

    [Fact]
    public void Analyze_KindOpeningTheEmployerName_StillNamesIt()
    {
        Assert.Equal(["ocmw-laagveld-schuldbemiddelaar"], Analyzer.Analyze("Hoeveel verdien je bij het OCMW?").VacancyIds);
    }

    [Fact]
    public void Analyze_OcmwNamedOnlyByItsKindBesideAProperName_IsNotAddedAsSecondVacancy()
    {
        Assert.Equal(["huiswijs-oosterveld-woonadviseur"], Analyzer.Analyze("I worked 5 years at a public welfare centre (OCMW). What salary would I get at Huiswijs Oosterveld?").VacancyIds);
    }
}
