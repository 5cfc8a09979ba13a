using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>Which vacancies a question names, over the seed vacancies and over a made-up list of other employers.</summary>
public sealed class QuestionAnalyzerVacancyTests
{
    [Theory]
    [InlineData("Wat is het loon voor de job in Kortrijk?", "kortrijk")]
    [InlineData("Wat is het salaris van de communicatiemedewerker lokale besturen?", "provincie-antwerpen")]
    [InlineData("Met hoeveel collega's zou ik samenwerken bij de dienst lokale besturen van de provincie?", "provincie-antwerpen")]
    [InlineData("Kom ik in aanmerking voor directeur interne organisatie?", "lievegem")]
    [InlineData("Tot wanneer loopt de vacature voor directie medewerker?", "kortrijk")]
    [InlineData("Wat verdient de directiemedewerker?", "kortrijk")]
    [InlineData("Hoe verloopt de selectie voor de assistent sociale media?", "kamer")]
    [InlineData("Quel est le salaire pour le poste d'assistant médias sociaux à la Chambre ?", "kamer")]
    [InlineData("What is the salary of the social media assistant?", "kamer")]
    [InlineData("Welke voordelen biedt de provincie?", "provincie-antwerpen")]
    [InlineData("Is de vacature bij de Kamer nog open?", "kamer")]
    [InlineData("Wanneer sluit de vacature in Harelbeek?", "harelbeke")]
    [InlineData("Hoeveel verdient een deskundige externe communicatie?", "harelbeke")]
    [InlineData("What is the deadline for the internal organisation director?", "lievegem")]
    public void Analyze_SeedReference_ResolvesTheVacancy(string text, string key)
    {
        var sut = UnderstandingTestData.SeedAnalyzer.Analyze(text);

        Assert.False(sut.AmbiguousVacancy, string.Join(",", sut.VacancyIds));
        Assert.Equal(UnderstandingTestData.SeedId(key), (sut.VacancyIds.Count > 0 ? sut.VacancyIds[0] : null));
    }

    [Theory]
    [InlineData("Wat is de deadline voor de communicatiejob?", "harelbeke", "provincie-antwerpen")]
    [InlineData("Hoeveel verdien je bij de stad?", "harelbeke", "kortrijk")]
    public void Analyze_WordOfSeveralVacancies_IsAmbiguousWithAll(string text, string first, string second)
    {
        var sut = UnderstandingTestData.SeedAnalyzer.Analyze(text);

        Assert.True(sut.AmbiguousVacancy);
        Assert.Contains(UnderstandingTestData.SeedId(first), sut.VacancyIds);
        Assert.Contains(UnderstandingTestData.SeedId(second), sut.VacancyIds);
    }

    [Fact]
    public void Analyze_TwoPlaces_NamesBothWithoutAmbiguity()
    {
        var sut = UnderstandingTestData.SeedAnalyzer.Analyze("Waar verdien ik meer, in Harelbeke of in Kortrijk?");

        Assert.False(sut.AmbiguousVacancy);
        Assert.Equal(2, sut.VacancyIds.Count);
    }

    [Theory]
    [InlineData("Wat is de hoofdstad van Frankrijk?")]
    [InlineData("Hoeveel verdien ik met 5 jaar ervaring in communicatie?")]
    [InlineData("Ik ben interne kandidaat, kan ik meedoen?")]
    [InlineData("Welke vacatures staan er nog open?")]
    [InlineData("Wat is de job?")]
    public void Analyze_NoVacancyNamed_ReturnsNone(string text)
    {
        Assert.Empty(UnderstandingTestData.SeedAnalyzer.Analyze(text).VacancyIds);
    }

    [Theory]
    [InlineData("Wat verdient een beleidsmedewerker mobiliteit?", "gent-beleidsmedewerker-mobiliteit")]
    [InlineData("Tot wanneer kan ik solliciteren als beleids medewerker mobiliteit?", "gent-beleidsmedewerker-mobiliteit")]
    [InlineData("Wanneer is het interview voor projectleider ICT?", "gent-projectleider-ict")]
    [InlineData("Kom ik in aanmerking voor maatschappelijk werker in Brugge?", "ocmw-brugge-maatschappelijk-werker")]
    [InlineData("Wat is het loon bij het OCMW?", "ocmw-brugge-maatschappelijk-werker")]
    [InlineData("Is de job bij de provincie nog open?", "provincie-limburg-jurist-omgeving")]
    [InlineData("Welke documenten voor de jurist in Hasselt?", "provincie-limburg-jurist-omgeving")]
    [InlineData("What is the salary of the financial director in Zottegem?", "gemeente-zottegem-financieel-directeur")]
    [InlineData("Quel est le salaire du directeur financier ?", "gemeente-zottegem-financieel-directeur")]
    [InlineData("Hoeveel vakantiedagen krijgt de communicatieverantwoordelijke?", "leuven-communicatieverantwoordelijke")]
    [InlineData("Kan ik nog solliciteren als vertaler bij de Senaat?", "senaat-vertaler-frans")]
    [InlineData("Wie is de contactpersoon voor de administratief medewerker burgerzaken?", "mechelen-administratief-medewerker-burgerzaken")]
    [InlineData("Hoeveel verdien je in Mechlen?", "mechelen-administratief-medewerker-burgerzaken")]
    [InlineData("Wat is de deadline in de gemeente?", "gemeente-zottegem-financieel-directeur")]
    public void Analyze_OtherVacancyList_ResolvesTheVacancy(string text, string id)
    {
        var sut = UnderstandingTestData.OtherAnalyzer.Analyze(text);

        Assert.False(sut.AmbiguousVacancy, string.Join(",", sut.VacancyIds));
        Assert.Equal(id, (sut.VacancyIds.Count > 0 ? sut.VacancyIds[0] : null));
    }

    [Fact]
    public void Analyze_OtherList_PlaceOfTwoVacanciesIsAmbiguous()
    {
        var sut = UnderstandingTestData.OtherAnalyzer.Analyze("Wat is het loon voor de job in Gent?");

        Assert.True(sut.AmbiguousVacancy);
        Assert.Equal(["gent-beleidsmedewerker-mobiliteit", "gent-projectleider-ict"], sut.VacancyIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyze_OtherList_PlaceAndTitleSettleTheChoice()
    {
        var sut = UnderstandingTestData.OtherAnalyzer.Analyze("Wat is het loon van de projectleider in Gent?");

        Assert.False(sut.AmbiguousVacancy);
        Assert.Equal("gent-projectleider-ict", sut.VacancyIds[0]);
    }

    [Fact]
    public void Analyze_EmptyVacancyList_NamesNothing()
    {
        var sut = new QuestionAnalyzer([]).Analyze("Wat is het loon in Kortrijk?");

        Assert.Empty(sut.VacancyIds);
        Assert.Equal("salary", sut.Intent);
    }

    [Fact]
    public void Analyze_SingleVacancy_ItsPlaceNamesIt()
    {
        var sut = new QuestionAnalyzer([new VacancyRef("x-1", "Gemeente Tielt", "Bibliothecaris", "Tielt")]).Analyze("Wat verdient de bibliothecaris in Tielt?");

        Assert.Equal(["x-1"], sut.VacancyIds);
    }
}
