using Assistant.Understanding.Vacancies;

namespace Assistant.Understanding.Tests;

/// <summary>
/// The one vacancy-name matcher under its two policies, over invented vacancies: the staff search's ranking finds what a
/// query typed so far begins and scale codes; the understanding stays sure.
/// </summary>
public sealed class VacancyMatchPolicyTests
{
    private static readonly VacancyRef[] Vacancies =
    [
        new("stad-ostwaarde-archivaris", "Stad Ostwaarde", "Archivaris", "Ostwaarde", Scale: "B1-B3"),
        new("stad-velzicht-boekhouder", "Stad Velzicht", "Boekhouder", "Velzicht", Scale: "C1-C3"),
        new("gemeente-rimmel-tuinier", "Gemeente Rimmel", "Tuinier", "Rimmel", Scale: "D1-D3"),
    ];

    private readonly VacancyResolver _sut = new(Vacancies);

    [Fact]
    public void Rank_APrefixTypedSoFar_FindsTheVacancyItBegins()
    {
        var ranked = _sut.Rank("ostw");

        Assert.Equal(["stad-ostwaarde-archivaris"], ranked.Keys);
    }

    [Fact]
    public void Rank_AScaleCode_FindsTheVacancyOfThatScale()
    {
        var ranked = _sut.Rank("c1");

        Assert.Equal(["stad-velzicht-boekhouder"], ranked.Keys);
    }

    [Fact]
    public void Rank_ARareWord_WeighsMoreThanAWordOfManyVacancies()
    {
        var ranked = _sut.Rank("stad rimmel");

        Assert.Equal(3, ranked.Count);
        Assert.True(ranked["gemeente-rimmel-tuinier"] > ranked["stad-ostwaarde-archivaris"]);
        Assert.Equal(ranked["stad-ostwaarde-archivaris"], ranked["stad-velzicht-boekhouder"]);
    }

    [Fact]
    public void Rank_AWholeWord_CountsMoreThanAPrefix()
    {
        Assert.True(_sut.Rank("velzicht")["stad-velzicht-boekhouder"] > _sut.Rank("velz")["stad-velzicht-boekhouder"]);
    }

    [Fact]
    public void Rank_WithThePolicyForMessages_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => _sut.Rank("ostwaarde", VacancyMatchPolicy.Sure));
    }

    [Fact]
    public void Policies_AShortPrefix_RanksForTheSearchButNamesNoVacancyInAMessage()
    {
        var analyzer = new QuestionAnalyzer(Vacancies);

        Assert.Contains("stad-ostwaarde-archivaris", analyzer.RankVacancies("ost").Keys);
        Assert.Empty(analyzer.Analyze("ost").VacancyIds);
        Assert.Equal(["stad-ostwaarde-archivaris"], analyzer.Analyze("Wat verdient de archivaris in Ostwaarde?").VacancyIds);
    }

    [Fact]
    public void Policies_AScaleCodeInAMessage_NamesNoVacancy()
    {
        var analyzer = new QuestionAnalyzer(Vacancies);

        Assert.Empty(analyzer.Analyze("Wat is het loon in schaal C1?").VacancyIds);
    }
}
