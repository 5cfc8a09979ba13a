using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// The documents answer says how to apply when the vacancy restricts the way ("enkel via het e-loket", "per mail aanvaarden
/// we niet"); the steps answer quotes a selection sentence about a test no step was read for, or about how many candidates
/// make a step happen; a per-part minimum written as "op elk van beide" judges a part score.
/// </summary>
public sealed class Score13AnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Score13AnswersTests() => _vacancies.Write("gemeente-beekveld-tuinier", """
        Gemeente Beekveld

        Tuinier (m/v/x)

        Jouw opdracht
        - Je onderhoudt de parken van de gemeente.

        Selectie
        Bij meer dan 30 kandidaturen nemen we eerst een online vaardigheidstest af.
        1. Praktijkopdracht op 40 punten.
        2. Gesprek op 60 punten.
        Je slaagt als je samen minstens 60 van de 100 punten haalt, met op elk van beide minstens 50%.

        Solliciteren
        Bezorg je cv en een kopie van je rijbewijs tot en met 15 januari 2027 via het e-loket op www.beekveld.be.
        Kandidaturen per mail aanvaarden we niet.
        Vragen? Bel Els Peeters, 011 44 55 66.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Welke documenten moet ik opladen voor de tuinier in Beekveld? Mag ik mailen?")]
    [InlineData("What documents do I send for the gardener job in Beekveld?")]
    public async Task Documents_SaysHowToApply(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("documents", answer.Intent);
        Assert.Contains("aanvaarden we niet", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_QuoteTheTestNoStepWasReadFor()
    {
        var answer = await _vacancies.AskAsync("Hoe verloopt de selectie voor de tuinier in Beekveld?");

        Assert.Equal("procedure", answer.Intent);
        Assert.Contains("vaardigheidstest", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartScoreUnderThePerPartMinimum_Fails()
    {
        var answer = await _vacancies.AskAsync("Ik had 18/40 op de praktijkopdracht en 55/60 op het gesprek bij de tuinier in Beekveld. Geslaagd?");

        Assert.Equal("scoring", answer.Intent);
        Assert.Equal("fail", answer.Verdict);
        Assert.Contains("20", answer.Text, StringComparison.Ordinal);
    }
}
