using Assistant.Core.Answers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A premium for night shifts does not say how many there are; a bike allowance is no bike lent; a line on the language of
/// the tests answers a question about it; a list of documents names the mailbox it goes to; "how does the selection work
/// and when is the written test" gets every step. Invented employer and sentences.
/// </summary>
public sealed class Ans15AnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Ans15AnswersTests() => _vacancies.Write("gemeente-testveld-technicus", """
        Gemeente Testveld zoekt een technicus sporthal (m/v/x)

        Wat bieden we?
        - Een bruto maandloon tussen € 2.500,00 en € 3.600,00 (geïndexeerd, voltijds).
        - Ploegenpremie: +12% voor late diensten, +25% voor nachtdiensten.
        - Fietsvergoeding van € 0,35 per km.

        Selectie
        1. Praktische proef op 20 punten, slagen met 10/20, op dinsdag 2 februari 2027.
        2. Mondelinge proef op 20 punten, slagen met 12/20, in de week van 15 februari 2027.
        Je kan beide proeven in het Nederlands of in het Frans afleggen.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027. Mail je cv en een kopie van je diploma naar jobs@testveld.be.
        Vragen? Bel Jan Peeters, 011 22 33 44.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Hoeveel nachtdiensten per maand doet de technicus sporthal in Testveld?")]
    [InlineData("Do the sports hall technicians in Testveld get a service bike?")]
    public async Task ThingOnlyTouched_IsNotInTheDocuments(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(AnswerSources.None, answer.Source);
        Assert.Contains("011 22 33 44", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowMuchExtraForANightShift_GetsThePremium()
    {
        var answer = await _vacancies.AskAsync("Hoeveel extra krijg ik voor een nachtdienst als technicus sporthal in Testveld?");

        Assert.Contains("25%", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kan ik de proeven voor technicus sporthal in Testveld in het Frans afleggen?")]
    [InlineData("Est-ce que je peux passer les épreuves en français pour technicien sporthal à Testveld ?")]
    public async Task LanguageOfTheTests_GetsTheLineAboutIt(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Contains("in het Frans afleggen", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_WithoutAWayToApply_NameTheMailbox()
    {
        var answer = await _vacancies.AskAsync("Welke documenten moet ik meesturen voor technicus sporthal in Testveld?");

        Assert.Equal(Intents.Documents, answer.Intent);
        Assert.Contains("jobs@testveld.be", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowTheSelectionWorksAndAStepDate_GetsEveryStep()
    {
        var answer = await _vacancies.AskAsync("How does the selection for the sports hall technician in Testveld work, and when is the practical test?");

        Assert.Contains("Mondelinge proef", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2 February 2027", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoe ziet de selectie eruit voor technicus sporthal in Testveld?")]
    [InlineData("Hoe verloopt de selectie concreet voor technicus sporthal in Testveld?")]
    public async Task HowTheSelectionLooks_GetsTheSteps(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Contains("Mondelinge proef", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik had 9/20 op de praktische proef voor technicus sporthal in Testveld, ben ik door?", "fail")]
    [InlineData("I got 12 out of 20 for the practical test for the sports hall technician in Testveld. Did I pass?", "pass")]
    public async Task ScoreAgainstASlagenMetMark_IsJudged(string question, string verdict)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(verdict, answer.Verdict);
    }
}
