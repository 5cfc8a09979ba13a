using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A part-time job whose published amounts are its own ("voor deze deeltijdse betrekking", "aan 60%"): the answer gives the
/// amounts as stated and what they come to at full time, also when the candidate asks "and full time?". Invented employers.
/// </summary>
public sealed class Facts13SalaryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    private const string Librarian = """
        Gemeente Molenbroek zoekt een bibliotheekassistent (m/v/x)

        Deeltijds (19/38), contractueel, onbepaalde duur.

        Wat bieden we?
        Voor deze halftijdse betrekking bedraagt je bruto maandloon tussen € 1.300,00 en € 1.900,00, afhankelijk van je ervaring.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via jobs@molenbroek.be.
        """;

    private const string Cleaner = """
        OCMW Rietveld zoekt een poetshulp (m/v/x)

        Een job van 30,4/38 (80%), contractueel.

        Ons aanbod
        Je deeltijds brutoloon ligt tussen € 2.000,00 en € 2.400,00 per maand.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via jobs@rietveld.be.
        """;

    /// <summary>The answer's digits only: "€ 2.600,00", "€2,600.00" and "2 600,00 €" all read "260000".</summary>
    private static string Digits(string text) => new([.. text.Where(char.IsDigit)]);

    [Theory]
    [InlineData("Wat verdien ik als bibliotheekassistent in Molenbroek?")]
    [InlineData("How much does the library assistant job in Molenbroek pay?")]
    public async Task PartTimeAmountsOfTheJob_AreStatedAndGivenAtFullTime(string question)
    {
        _vacancies.Write("gemeente-molenbroek-bibliotheekassistent", Librarian);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains("130000", Digits(answer.Text), StringComparison.Ordinal);
        Assert.Contains("260000", Digits(answer.Text), StringComparison.Ordinal);
        Assert.Contains("380000", Digits(answer.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoeveel is dat loon voltijds voor de poetshulp in Rietveld?")]
    [InlineData("What would the cleaner job in Rietveld pay full-time?")]
    [InlineData("Combien gagne l'aide-ménagère à Rietveld à temps plein ?")]
    public async Task FullTimeAskedForAPartTimeJob_GivesTheAmountsAtFullTime(string question)
    {
        _vacancies.Write("ocmw-rietveld-poetshulp", Cleaner);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains("250000", Digits(answer.Text), StringComparison.Ordinal);
        Assert.Contains("300000", Digits(answer.Text), StringComparison.Ordinal);
    }
}
