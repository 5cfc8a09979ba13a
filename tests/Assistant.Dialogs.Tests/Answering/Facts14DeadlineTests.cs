using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// On the last day the answer says the date as well as "today", so it can be checked against the document; a deadline
/// counted from the publication date is answered as that date. Invented employers.
/// </summary>
public sealed class Facts14DeadlineTests : IDisposable
{
    private static readonly DateTimeOffset LastDay = new(2027, 1, 25, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(LastDay);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Is de vacature van hersteller bij Woonmaatschappij Zevenbronnen nog open?", "25 januari")]
    [InlineData("Can I still apply for the repair job at Zevenbronnen?", "25 January")]
    public async Task LastDayOfADeadlineCountedFromThePublication_SaysTodayAndTheDate(string question, string date)
    {
        _vacancies.Write("woonmaatschappij-zevenbronnen-hersteller", """
            WOONMAATSCHAPPIJ ZEVENBRONNEN cv

            Hersteller (m/v/x)

            Solliciteren
            Stuur je kandidatuur ten laatste drie weken na de publicatiedatum naar jobs@zevenbronnen.be.

            Publicatiedatum: 4 januari 2027
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains(date, answer.Text, StringComparison.OrdinalIgnoreCase);
    }
}
