using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A document that opens two posts: the eligibility dialog started about the second post keeps judging that post when the
/// reply names none ("2 jaar in de wegenbouw"), instead of falling back to the first. Invented employer.
/// </summary>
public sealed class PostFollowUpTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Kan ik solliciteren als ploegleider bij de watering Ravenbeek? Ik heb een TSO-diploma en rijbewijs C.", "2 jaar in de wegenbouw", "not-eligible")]
    [InlineData("Mag ik meedoen voor ploegleider bij watering Ravenbeek? Ik heb een TSO-diploma en een rijbewijs C.", "5 jaar ervaring in wegenwerken", "eligible")]
    public async Task ReplyNamingNoPost_IsJudgedOnThePostTheDialogStartedAbout(string question, string reply, string verdict)
    {
        _vacancies.Write("watering-ravenbeek-twee-functies", """
            WATERING RAVENBEEK

            De watering Ravenbeek zoekt twee medewerkers voor het onderhoud van haar waterlopen.

            Functie 1 – Arbeider waterlopen (D1-D3)
            Wat verwachten we?
            - Je hebt geen diploma nodig.
            - Je hebt een rijbewijs C.

            Functie 2 – Ploegleider waterlopen (C1-C3)
            Wat verwachten we?
            - Je hebt een diploma van het hoger secundair onderwijs.
            - Je hebt minstens 3 jaar ervaring in grondwerken of wegenwerken.
            - Je hebt een rijbewijs C.

            Solliciteren
            Stuur je cv voor 31 januari 2027 naar vacatures@ravenbeek.be.
            """);

        var answers = await _vacancies.AskInTurnAsync(question, reply);

        Assert.Equal("need-info", answers[0].Verdict);
        Assert.True(verdict == answers[1].Verdict, answers[1].Text);
        Assert.Contains("Ploegleider", answers[1].Text, StringComparison.OrdinalIgnoreCase);
    }
}
