using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// The numbers a candidate asks for, written other ways: a part-time share as "0,8 VTE" next to pay "voor een voltijdse
/// betrekking" (pro-rated, with the share as written); amounts published for the job's own "19/38" asked "full time or 19/38?";
/// a place in the ranking judged against "enkel de N best gerangschikten"; a total and its minimum in points only; a step's
/// minimum also written as points out of its maximum. Invented employers.
/// </summary>
public sealed class Num19NumbersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    private const string Cook = """
        OCMW Wilgendonk zoekt een hulpkok (m/v/x)

        C1-C3 - contractueel - deeltijds 0,8 VTE

        Ons aanbod
        Het bruto maandloon voor een voltijdse betrekking ligt tussen € 2.500,00 en € 3.000,00 (geïndexeerd).

        Selectie
        - Schriftelijke proef. Enkel de 10 best gerangschikte kandidaten worden uitgenodigd voor het gesprek.
        - Gesprek op 20 punten. Om te slagen heb je minstens 12 op 20 nodig.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via jobs@wilgendonk.be.
        """;

    private const string Guide = """
        Natuurpunt Rivierland zoekt een natuurgids (m/v/x)

        Contractueel - deeltijds 19/38 - bepaalde duur

        Loon
        Bruto jaarloon (19/38): € 24.000 tot € 30.000.

        Selectie
        Een veldopdracht en een gesprek. Beide proeven samen staan op 100 punten; wie minder dan 60 haalt, is niet geslaagd.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via jobs@rivierland.be.
        """;

    /// <summary>The answer's digits only: "€ 2.000,00", "€2,000.00" and "2 000,00 €" all read "200000".</summary>
    private static string Digits(string text) => new([.. text.Where(char.IsDigit)]);

    [Theory]
    [InlineData("Hoeveel verdient de hulpkok in Wilgendonk?")]
    [InlineData("What does the assistant cook in Wilgendonk earn per month?")]
    [InlineData("Combien gagne l'aide-cuisinier à Wilgendonk ?")]
    public async Task PayForFullTimeOfAnFteJob_IsProRatedWithTheShareAsWritten(string question)
    {
        _vacancies.Write("ocmw-wilgendonk-hulpkok", Cook);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains("200000", Digits(answer.Text), StringComparison.Ordinal);
        Assert.Contains("240000", Digits(answer.Text), StringComparison.Ordinal);
        Assert.Contains("0,8 VTE", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is dat loon van de natuurgids in Rivierland voltijds of voor de 19/38?")]
    [InlineData("Is the nature guide pay in Rivierland for full time or for the part-time job?")]
    public async Task FullTimeOrPartTimeAsked_SaysTheAmountsAreThePartTimeJobsOwn(string question)
    {
        _vacancies.Write("natuurpunt-rivierland-natuurgids", Guide);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains("19/38", answer.Text, StringComparison.Ordinal);
        Assert.Contains("400000", Digits(answer.Text), StringComparison.Ordinal); // € 24.000 / 12 / 0,5
    }

    [Theory]
    [InlineData("ik was 12de na de schriftelijke proef voor hulpkok in wilgendonk, mag ik naar het gesprek?", "fail")]
    [InlineData("I ranked 7th after the written test for the assistant cook in Wilgendonk. Do I go on?", "pass")]
    [InlineData("Je suis classée 14e après l'épreuve écrite pour l'aide-cuisinier à Wilgendonk, est-ce que je passe ?", "fail")]
    public async Task PlaceInTheRanking_IsJudgedAgainstTheBestN(string question, string verdict)
    {
        _vacancies.Write("ocmw-wilgendonk-hulpkok", Cook);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("scoring", answer.Intent);
        Assert.Equal(verdict, answer.Verdict);
        Assert.Contains("10", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik had 55 op 100 voor de veldopdracht en het gesprek samen bij Rivierland. Ben ik geslaagd?", "fail")]
    [InlineData("My total for the nature guide in Rivierland was 64 out of 100 for both tests together, did I pass?", "pass")]
    [InlineData("J'ai eu 58/100 au total pour le guide nature à Rivierland, est-ce que j'ai réussi ?", "fail")]
    public async Task OneFigureForTheWhole_IsJudgedAgainstTheTotalInPoints(string question, string verdict)
    {
        _vacancies.Write("natuurpunt-rivierland-natuurgids", Guide);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("scoring", answer.Intent);
        Assert.Equal(verdict, answer.Verdict);
        Assert.Contains("60", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepMinimum_IsAlsoWrittenAsPointsOutOfTheMaximum()
    {
        _vacancies.Write("ocmw-wilgendonk-hulpkok", Cook);

        var answer = await _vacancies.AskAsync("Ik had 11/20 op het gesprek voor hulpkok in Wilgendonk. Ben ik geslaagd?");

        Assert.Equal("fail", answer.Verdict);
        Assert.Contains("12/20", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nieuw: de sollicitatietermijn is verlengd tot en met vrijdag 29 januari 2027.", "Is de deadline voor de archivaris in Dommelhoven al voorbij? Ik dacht 15 januari.", "verlengd")]
    [InlineData("Rechtzetting: de uiterste inschrijvingsdatum is vrijdag 29 januari 2027 (en niet 22 januari).", "Until when can I apply for the archivist job in Dommelhoven?", "changed")]
    [InlineData("De kandidaturen worden aanvaard tot 29 januari 2027; deze datum werd uitgesteld wegens de feestdagen.", "Jusqu'à quand puis-je postuler comme archiviste à Dommelhoven ?", "prolongé")]
    public async Task DeadlineSentenceThatChangesTheDate_SaysSo(string sentence, string question, string said)
    {
        _vacancies.Write("gemeente-dommelhoven-archivaris", $"""
            Gemeente Dommelhoven zoekt een archivaris (m/v/x)

            Solliciteren
            {sentence}
            Stuur je cv naar jobs@dommelhoven.be.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains(said, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Met mijn EHBO-attest, hoeveel verdien ik bruto voor 20 uur per week als monitor in Brembeek?", "30000")]
    [InlineData("What is the gross pay for a 20-hour week as a monitor in Brembeek, with EHBO?", "30000")]
    [InlineData("Combien vais-je gagner brut pour une semaine de 20 heures comme moniteur à Brembeek avec l'attest EHBO ?", "30000")]
    public async Task WeeklyHoursFromAnHourlyWage_UseTheRowTheQuestionNames(string question, string digits)
    {
        _vacancies.Write("gemeente-brembeek-monitor", """
            Gemeente Brembeek zoekt een monitor speelpleinwerking (m/v/x)

            Wat bieden we?
            - Basisuurloon: € 14,00 bruto per uur
            - Met EHBO-attest: € 15,00 bruto per uur

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@brembeek.be.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains(digits, Digits(answer.Text), StringComparison.Ordinal);
    }
}
