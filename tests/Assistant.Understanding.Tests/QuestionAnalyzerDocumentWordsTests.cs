using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// A vacancy referred to by a word only its documents use (a site, a project, a test, an acronym of the letterhead, the
/// job in the text's everyday word), not by its title, employer or place.
/// </summary>
public sealed class QuestionAnalyzerDocumentWordsTests
{
    private static readonly QuestionAnalyzer Analyzer = new(
    [
        new VacancyRef("zorgbedrijf-lindenhove-zorgkundige", "Zorgbedrijf Lindenhove", "Zorgkundige", "Lindenhove",
            Text: "Ons woonzorgcentrum Hof ter Eiken telt 84 bewoners. Je werkt op de afdeling Klaproos in een vast team. Je krijgt maaltijdcheques. Je bent een voorbeeld voor je collega's. Je vindt ons in de Lindenstraat 4, 8500 Rijkegem."),
        new VacancyRef("universiteit-brakel-laboratoriumtechnicus", "Universiteit Brakel", "Laboratoriumtechnicus", "Brakel",
            Text: "Voor het project GEOSAP zoeken we iemand voor ons labo. Je bereidt stalen voor en houdt de labodatabank bij. Na de praktijkproef volgt een gesprek."),
        new VacancyRef("politiezone-velde-ommen-onthaalmedewerker", "Politiezone Velde-Ommen", "Onthaalmedewerker", "Velde",
            Text: "PZ VEOM zoekt een onthaalmedewerker voor het commissariaat aan de Marktstraat. Na een typtest volgt een gesprek."),
        new VacancyRef("gemeente-zeldonk-redder-golfslag", "Gemeente Zeldonk", "Redder", "Zeldonk",
            Text: "Je werkt in het overdekte zwembad De Golfslag, ook in het weekend."),
        new VacancyRef("gemeente-zeldonk-redder-zandmeer", "Gemeente Zeldonk", "Redder", "Zeldonk",
            Text: "Je houdt toezicht aan de zwemvijver van het recreatiedomein Zandmeer, ook in het weekend."),
    ]);

    [Theory]
    [InlineData("Hoeveel bewoners wonen er in Hof ter Eiken?", "zorgbedrijf-lindenhove-zorgkundige")]
    [InlineData("Is there any extra pay for night shifts at Hof ter Eiken?", "zorgbedrijf-lindenhove-zorgkundige")]
    [InlineData("werk je op Klaproos ook 's nachts?", "zorgbedrijf-lindenhove-zorgkundige")]
    [InlineData("Wanneer begint het GEOSAP-project?", "universiteit-brakel-laboratoriumtechnicus")]
    [InlineData("tot wanneer kan ik nog solliciteren voor de labotechnicus?", "universiteit-brakel-laboratoriumtechnicus")]
    [InlineData("komt iedereen door naar het gesprek bij PZ VEOM?", "politiezone-velde-ommen-onthaalmedewerker")]
    [InlineData("hoeveel fouten mag ik maken op de typtest?", "politiezone-velde-ommen-onthaalmedewerker")]
    public void Analyze_WordOnlyOneVacancysDocumentsUse_RefersToThatVacancyWeakly(string text, string id)
    {
        var sut = Analyzer.Analyze(text);

        Assert.Empty(sut.VacancyIds);
        Assert.Equal(id, sut.VacancyIdByDocument);
    }

    [Theory]
    [InlineData("krijg ik maaltijdcheques?")]
    [InlineData("hoe verloopt het gesprek?")]
    [InlineData("werk je ook in het weekend?")]
    [InlineData("Ik ben Wout Peeters, mail me op wout(at)voorbeeld(dot)be. Wat is het loon?")]
    [InlineData("Mijn adres is Lindenstraat 12, 8500 Rijkegem. Tot wanneer kan ik solliciteren?")]
    [InlineData("my e-mail is an.smet@voorbeeld.be, what is the pay?")]
    public void Analyze_KeyWordOrWordOfSeveralDocuments_RefersToNoVacancy(string text)
    {
        Assert.Null(Analyzer.Analyze(text).VacancyIdByDocument);
    }

    [Fact]
    public void Analyze_VacancyNamed_NoDocumentReference()
    {
        var sut = Analyzer.Analyze("Wat verdient een zorgkundige in Lindenhove in Hof ter Eiken?");

        Assert.Equal(["zorgbedrijf-lindenhove-zorgkundige"], sut.VacancyIds);
        Assert.Null(sut.VacancyIdByDocument);
    }

    [Theory]
    [InlineData("Wat verdient een redder in Zeldonk aan het Zandmeer?", "gemeente-zeldonk-redder-zandmeer")]
    [InlineData("redder in Zeldonk: is De Golfslag een overdekt bad?", "gemeente-zeldonk-redder-golfslag")]
    [InlineData("Zeldonk lifeguard at the swimming pond of the recreation area Zandmeer: what is the pay?", "gemeente-zeldonk-redder-zandmeer")]
    public void Analyze_SeveralVacanciesNamedAlike_DocumentWordPicksOne(string text, string id)
    {
        var sut = Analyzer.Analyze(text);

        Assert.Equal([id], sut.VacancyIds);
        Assert.False(sut.AmbiguousVacancy);
    }

    [Fact]
    public void Analyze_SeveralVacanciesNamedAlikeAndNoTellingWord_StaysAmbiguous()
    {
        var sut = Analyzer.Analyze("Wat verdient een redder in Zeldonk?");

        Assert.True(sut.AmbiguousVacancy);
        Assert.Equal(2, sut.VacancyIds.Count);
    }
}
