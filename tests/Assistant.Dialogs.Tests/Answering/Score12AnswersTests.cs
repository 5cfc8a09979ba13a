using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A total verdict shows the points behind the percentage ("47/80 … minimum 48 points"); the steps answer keeps what a
/// step consists of ("Schriftelijke proef (op 50 punten): casussen …"). Invented employer and sentences.
/// </summary>
public sealed class Score12AnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Score12AnswersTests() => _vacancies.Write("gemeente-testveld-chauffeur", """
        Gemeente Testveld

        Chauffeur (m/v/x)

        Selectieprocedure
        - Praktische proef (op 50 punten): manoeuvreren met de vrachtwagen. Je moet minstens 30/50 halen.
        - Mondelinge proef (op 30 punten): gesprek over veilig rijden. Je moet minstens 15/30 halen.
        - Om te slagen heb je bovendien minstens 60% op het totaal nodig.

        Solliciteren
        Solliciteer tot en met 15 februari 2027 via personeel@testveld.be.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Fact]
    public async Task Scoring_EachStepPassedButTotalBelowItsMinimum_FailsWithThePointsNeeded()
    {
        var answer = await _vacancies.AskAsync("Chauffeur Testveld: praktische proef 30/50 en mondelinge proef 17/30. Ben ik geslaagd?");

        Assert.Equal("fail", answer.Verdict);
        Assert.Contains("47/80", answer.Text, StringComparison.Ordinal);
        Assert.Contains("48", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Procedure_StepWithItsContentAfterAColon_KeepsTheContent()
    {
        var answer = await _vacancies.AskAsync("Hoe verloopt de selectie voor chauffeur in Testveld?");

        Assert.Contains("manoeuvreren met de vrachtwagen", answer.Text, StringComparison.Ordinal);
        Assert.Contains("gesprek over veilig rijden", answer.Text, StringComparison.Ordinal);
    }
}
