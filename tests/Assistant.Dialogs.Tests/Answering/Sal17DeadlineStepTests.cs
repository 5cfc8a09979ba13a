using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A deadline asked together with the date of a test, when only the deadline's own sentence dates that test ("Solliciteer
/// uiterlijk op …; de eerste proef vindt plaats op …"): the clause is quoted next to the deadline. Invented employers.
/// </summary>
public sealed class Sal17DeadlineStepTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Tot wanneer kan ik solliciteren voor analist bij Heidebeek, en wanneer is de eerste proef?")]
    [InlineData("How many days are left to apply for the analyst job at Heidebeek, and when is the written test?")]
    [InlineData("Jusqu'à quand puis-je postuler comme analyste à Heidebeek, et quand a lieu l'épreuve ?")]
    public async Task DeadlineAndTestDateInOneSentence_QuotesTheTestClause(string question)
    {
        _vacancies.Write("politiezone-heidebeek-analist", """
            POLITIEZONE HEIDEBEEK

            Analist (m/v/x)

            Selectie
            1. Schriftelijke proef op 50 punten.
            2. Interview op 50 punten.

            Solliciteren
            Kandidaturen worden ingewacht tot vrijdag 15 januari 2027 om 12 uur; de schriftelijke proef gaat door op woensdag 27 januari 2027 in het commissariaat.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains("27 januari 2027", answer.Text, StringComparison.Ordinal);
    }
}
