using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Deadline answers when the period has not started yet ("not yet, from …, until …") and when the document sets a deadline
/// in words the rules do not read as a date (the sentence is quoted, never "no deadline stated"). Invented employers.
/// </summary>
public sealed class Facts13DeadlineTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    private const string Lifeguards = """
        Gemeente Zandhoven zoekt jobstudenten redder (m/v/x)

        Solliciteren
        Inschrijven kan van maandag 4 januari 2027 tot en met zondag 28 februari 2027 via jobs@zandhoven.be.
        """;

    private const string Accountant = """
        Gemeente Kortbeek zoekt een boekhouder (m/v/x)

        Solliciteren
        Stuur je cv en motivatiebrief ten laatste op de 15de van volgende maand naar jobs@kortbeek.be.
        """;

    [Theory]
    [InlineData("Kan ik me nu al inschrijven als redder in Zandhoven?", "4 januari 2027")]
    [InlineData("From when can I apply for the lifeguard job in Zandhoven?", "4 January 2027")]
    public async Task PeriodNotOpenYet_SaysFromWhenAndUntilWhen(string question, string opens)
    {
        _vacancies.Write("gemeente-zandhoven-redder", Lifeguards);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains(opens, answer.Text, StringComparison.Ordinal);
        Assert.Contains("28", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tot wanneer kan ik solliciteren als boekhouder in Kortbeek?")]
    [InlineData("Until when can I apply for the accountant job in Kortbeek?")]
    public async Task DeadlineInWordsTheRulesDoNotRead_QuotesTheSentence(string question)
    {
        _vacancies.Write("gemeente-kortbeek-boekhouder", Accountant);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains("ten laatste op de 15de van volgende maand", answer.Text, StringComparison.Ordinal);
    }
}
