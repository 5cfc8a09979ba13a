using Assistant.Dialogs.Insights;

namespace Assistant.Dialogs.Tests.Insights;

public sealed class QuestionClusteringTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Cluster_SameSubjectInOtherWords_JoinsAndOtherSubjectStaysApart()
    {
        var sut = QuestionClustering.Cluster(
        [
            Q("Is er een fietsvergoeding?"),
            Q("Krijg ik een fietsvergoeding voor woon-werkverkeer?"),
            Q("Mag ik thuiswerken?"),
            Q("Hoeveel dagen thuiswerken zijn toegestaan?"),
            Q("Is er een fietsvergoeding voorzien?"),
        ]);

        Assert.Equal([3, 2], sut.Select(c => c.Count));
        Assert.StartsWith("fietsvergoeding", sut[0].Label, StringComparison.Ordinal);
        Assert.Equal(3, sut[0].Examples.Count);
    }

    [Fact]
    public void Cluster_VacancyNameWords_DoNotMakeQuestionsAlike()
    {
        var sut = QuestionClustering.Cluster([Q("Mag ik mijn kat meebrengen naar Oudeveld?"), Q("Is er parking in Oudeveld?")], ["Gemeente Oudeveld"]);

        Assert.Equal(2, sut.Count);
    }

    [Fact]
    public void Stems_FunctionWordsRedactionTokensAndNumbers_AreLeftOut()
    {
        var sut = QuestionClustering.Stems("Mail me op [email], wat is het loon met 12 jaar?");

        Assert.Equal(["jaar", "loon", "mail"], sut.Order(StringComparer.Ordinal));
    }

    private static InsightsBuilder.Question Q(string text) => new(text, At, "unknown", "none", null, null);
}
