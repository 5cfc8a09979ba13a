using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// A Dutch job title named by a two-word English or French job name ("assistant social", "customs officer") or by the
/// everyday word of its employer's field ("the army", "kazerne"); and a minor title word of the question's other clause
/// ("ik heb 2 kinderen") naming no second vacancy beside one named by its employer, place or title head.
/// </summary>
public sealed class QuestionAnalyzerJobPhrasesTests
{
    private static readonly QuestionAnalyzer Sut = new(
    [
        new VacancyRef("ocmw-rodebeek-maatschappelijk-werker", "OCMW Rodebeek", "Maatschappelijk werker", "Rodebeek"),
        new VacancyRef("gemeente-loveren-onthaalmedewerker", "Gemeente Loveren", "Onthaalmedewerker toerisme", "Loveren"),
        new VacancyRef("landschap-esdonk-projectmedewerker", "Regionaal landschap Esdonk", "Projectmedewerker trage wegen", "Esdonk"),
        new VacancyRef("agdd-douanier", "Algemene Dienst Douane en Grenzen (ADDG)", "Douanier controlediensten", null),
        new VacancyRef("woonmij-hoeve-onderhoudsmedewerker", "Woonmaatschappij Hoeve", "Polyvalent onderhoudsmedewerker", "Hoeve"),
        new VacancyRef("defensie-technicus", "Defensie", "Onderofficier – militair technicus voertuigen", null),
        new VacancyRef("univ-kalmthout-labotechnicus", "Universiteit Kalmthout", "Laboratoriumtechnicus", "Kalmthout"),
        new VacancyRef("haven-zeemunde-sluiswachter", "Havenbedrijf Zeemunde", "Sluiswachter", "Zeemunde"),
        new VacancyRef("gemeente-blekerdam-kinderbegeleider", "Gemeente Blekerdam", "Kinderbegeleider", "Blekerdam"),
        new VacancyRef("instituut-ozon-attache", "Instituut voor Oppervlaktewater (IVOZ)", "Attaché waterkwaliteit", null),
        new VacancyRef("zorg-ravels-verpleegkundige", "Zorgbedrijf Ravels", "Verpleegkundige woonzorgcentrum – nachtploeg en weekends", "Ravels"),
        new VacancyRef("provincie-wolder-ranger", "Provincie Wolder", "Ranger natuurdomein", "Wolder"),
    ]);

    [Theory]
    [InlineData("Qui dois-je contacter pour le poste d'assistant social ?", "ocmw-rodebeek-maatschappelijk-werker")]
    [InlineData("Combien gagne une assistante sociale chez vous ?", "ocmw-rodebeek-maatschappelijk-werker")]
    [InlineData("Je suis travailleur social, puis-je postuler ?", "ocmw-rodebeek-maatschappelijk-werker")]
    [InlineData("Can I still apply for the customs officer job?", "agdd-douanier")]
    [InlineData("Jusqu'à quand puis-je postuler comme agent des douanes ?", "agdd-douanier")]
    [InlineData("what does a customs agent earn?", "agdd-douanier")]
    [InlineData("how many years do I have to stay in the army after the training?", "defensie-technicus")]
    [InlineData("kan ik zelf kiezen in welke kazerne ik terechtkom?", "defensie-technicus")]
    [InlineData("Is the lock keeper job in shifts?", "haven-zeemunde-sluiswachter")]
    public void Analyze_JobNamedInTwoWordsOrByItsField_NamesTheVacancy(string text, string id) =>
        Assert.Equal([id], Sut.Analyze(text).VacancyIds);

    [Theory]
    [InlineData("krijg ik bij IVOZ een kindertoeslag? ik heb 2 kinderen", "instituut-ozon-attache")]
    [InlineData("wat verdient een ranger in Wolder? en krijg je extra voor weekends?", "provincie-wolder-ranger")]
    [InlineData("kan ik mijn cv binnenbrengen voor de job in Rodebeek? wanneer is het onthaal open", "ocmw-rodebeek-maatschappelijk-werker")]
    public void Analyze_MinorTitleWordInAnotherClause_NamesOnlyTheNamedVacancy(string text, string id) =>
        Assert.Equal([id], Sut.Analyze(text).VacancyIds);

    [Theory]
    [InlineData("wat betaalt het best: maatschappelijk werker in Rodebeek of sluiswachter in Zeemunde?")]
    [InlineData("which pays more, the lock keeper in Zeemunde or the ranger in Wolder?")]
    public void Analyze_TwoVacanciesNamed_NamesBoth(string text) =>
        Assert.Equal(2, Sut.Analyze(text).VacancyIds.Count);

    [Theory]
    [InlineData("which pays more at the start, the lock keeper in Zeemunde or the ranger in Wolder?")]
    [InlineData("wat verdient het meest: sluiswachter in Zeemunde of kinderbegeleider in Blekerdam?")]
    [InlineData("Où gagne-t-on le plus : chez Havenbedrijf Zeemunde ou à la Provincie Wolder ?")]
    [InlineData("is de ranger in Wolder beter betaald dan de sluiswachter in Zeemunde?")]
    public void Analyze_PayComparedBetweenNamedVacancies_IsAVacancyRanking(string text)
    {
        var a = Sut.Analyze(text);

        Assert.Equal("vacancies", a.Intent);
        Assert.Equal("highest-salary", a.Aspect);
        Assert.Equal(2, a.VacancyIds.Count);
    }

    [Theory]
    [InlineData("which vacancy has the highest starting salary?", "highest-salary")]
    [InlineData("welke job heeft het hoogste beginloon?", "highest-salary")]
    [InlineData("welke vacature sluit als laatste af?", "closing-last")]
    [InlineData("which job has the latest deadline?", "closing-last")]
    [InlineData("quelle offre ferme en dernier ?", "closing-last")]
    public void Analyze_RankingOverAllVacancies_ReadsWhatIsRanked(string text, string aspect)
    {
        var a = Sut.Analyze(text);

        Assert.Equal("vacancies", a.Intent);
        Assert.Equal(aspect, a.Aspect);
    }

    [Fact]
    public void Analyze_HighestSalaryOfOneNamedVacancy_StaysASalaryQuestion() =>
        Assert.Equal("salary", Sut.Analyze("wat is het hoogste loon voor de sluiswachter in Zeemunde?").Intent);

    [Theory]
    [InlineData("and what do they pay for on-call duty at Zeemunde?")]
    [InlineData("is there an allowance for being on call in Zeemunde?")]
    [InlineData("how are call-outs at night paid for the lock keeper in Zeemunde?")]
    public void Analyze_OnCallDuty_IsNoContactRequest(string text) =>
        Assert.NotEqual("contact", Sut.Analyze(text).Intent);

    [Fact]
    public void Analyze_WhoToCall_StaysAContactRequest() =>
        Assert.Equal("contact", Sut.Analyze("who can I call about the lock keeper job in Zeemunde?").Intent);
}
