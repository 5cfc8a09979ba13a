using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Pay asked "with the premium" gets the monthly amount plus the monthly premium the document states; the premium alone
/// asked keeps its own answer, and a question without a premium gets no total. Invented employers.
/// </summary>
public sealed class SalaryWithPremiumTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Wat is het startloon van baliemedewerker in Roosbeek met de taalpremie inbegrepen?", "2.600,00")]
    [InlineData("What would I earn at the start as desk clerk in Roosbeek, including the language premium?", "2,600.00")]
    [InlineData("Quel est le salaire de départ du guichetier à Roosbeek avec la prime linguistique ?", "2 600,00")]
    public async Task PayAskedWithThePremium_GivesTheTotal(string question, string total)
    {
        Write();

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains(total, answer.Text.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayAskedWithoutAPremium_GivesNoTotal()
    {
        Write();

        var answer = await _vacancies.AskAsync("Wat is het startloon van baliemedewerker in Roosbeek?");

        Assert.Equal("salary", answer.Intent);
        Assert.DoesNotContain("2.600,00", answer.Text, StringComparison.Ordinal);
    }

    private void Write() => _vacancies.Write("gemeente-roosbeek-baliemedewerker", """
        GEMEENTE ROOSBEEK

        Baliemedewerker (m/v/x)

        Wat bieden we?
        - Een bruto aanvangsloon van € 2.500,00 per maand (schaal C1), tot € 3.600,00 met anciënniteit.
        - Een taalpremie van € 100,00 bruto per maand zodra je het taalattest hebt.
        - Maaltijdcheques van € 8 per dag.

        Solliciteren
        Solliciteer uiterlijk op 31 januari 2027 via vacatures@roosbeek.be.
        """);
}
