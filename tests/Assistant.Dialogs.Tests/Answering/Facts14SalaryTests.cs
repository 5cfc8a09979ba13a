using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Salary answers that say what the candidate asked besides the range (facts14): the allowances for evenings, nights and
/// weekends with their rates, the part-time share named as part-time, and a follow-up "and with N years?" after a salary
/// answer that stays a salary question; "de voordelen" in general under an offer heading of another name. Invented employers.
/// </summary>
public sealed class Facts14SalaryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    private const string Guard = """
        Gemeente Eikveld zoekt een toezichter sporthal (m/v/x)

        Voltijds, contractueel, onbepaalde duur.

        Ons aanbod
        - Loonschaal D1-D3: bruto € 2.500,00 tot € 3.400,00 per maand.
        - Toeslagen bovenop de wedde: +20% voor uren na 21 uur en op zaterdag, +40% op zon- en feestdagen.
        - Ervaring in de privésector telt mee tot maximaal 8 jaar.
        - Maaltijdcheques van € 8 per gewerkte dag.
        - Met 8 jaar anciënniteit verdien je € 2.900,00 bruto per maand.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via jobs@eikveld.be.
        """;

    private const string Clerk = """
        Gemeente Lindebroek zoekt een administratief medewerker (m/v/x)

        Halftijds (19/38), contractueel.

        Ons aanbod
        Loonschaal C1-C3: bruto € 2.700,00 tot € 4.000,00 per maand voor een voltijdse prestatie. Je ontvangt dit loon in verhouding tot je prestatie.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via jobs@lindebroek.be.
        """;

    [Theory]
    [InlineData("Wat verdient een toezichter in Eikveld en krijg je meer voor avondwerk?", "20%")]
    [InlineData("How much does the sports hall supervisor in Eikveld earn, and is there extra pay on Sundays?", "40%")]
    [InlineData("Quel est le salaire du surveillant à Eikveld ? Et pour le travail de nuit ?", "20%")]
    public async Task SalaryQuestionAboutIrregularHours_GivesTheAllowanceRates(string question, string rate)
    {
        _vacancies.Write("gemeente-eikveld-toezichter", Guard);

        var answer = await _vacancies.AskAsync(question);

        Assert.Contains(answer.Intent, new[] { "salary", "benefits" });
        Assert.Contains(rate, answer.Text.Replace(" %", "%", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SalaryQuestionWithoutIrregularHours_SaysNoAllowance()
    {
        _vacancies.Write("gemeente-eikveld-toezichter", Guard);

        var answer = await _vacancies.AskAsync("Wat is het loon van de toezichter in Eikveld?");

        Assert.DoesNotContain("20%", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wat verdient de toezichter in Eikveld?", "En met 12 jaar ervaring in de privé?")]
    [InlineData("What is the pay for the supervisor in Eikveld?", "and with 12 years of private-sector experience, how much of that counts?")]
    public async Task YearsAfterASalaryAnswer_AreASalaryQuestionWithTheCap(string first, string followUp)
    {
        _vacancies.Write("gemeente-eikveld-toezichter", Guard);

        var answers = await _vacancies.AskInTurnAsync(first, followUp);

        Assert.Equal("salary", answers[1].Intent);
        Assert.Contains("290000", new string([.. answers[1].Text.Where(char.IsDigit)]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wat zijn de voordelen als toezichter in eikveld")]
    [InlineData("Wat zijn de extralegale voordelen bij de job van toezichter in Eikveld?")]
    public async Task BenefitsInGeneral_UnderAnOfferHeading_ListsThem(string question)
    {
        _vacancies.Write("gemeente-eikveld-toezichter", Guard);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("benefits", answer.Intent);
        Assert.Contains("Maaltijdcheques", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Welke voordelen krijg je als toezichter in Eikveld? En hoeveel zijn de maaltijdcheques?")]
    [InlineData("quels avantages pour le surveillant à Eikveld ? les chèques-repas c'est combien ?")]
    public async Task BenefitsInGeneralAndOneKind_ListsTheKindThenTheOthers(string question)
    {
        _vacancies.Write("gemeente-eikveld-toezichter", Guard);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("benefits", answer.Intent);
        Assert.Contains("Maaltijdcheques", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Toeslagen", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wat verdient een administratief medewerker in Lindebroek?", "deeltijd")]
    [InlineData("What does the clerk job in Lindebroek pay?", "part-time")]
    [InlineData("Quel est le salaire du poste administratif à Lindebroek ?", "temps partiel")]
    public async Task PartTimeJobWithFullTimeAmounts_NamesThePartTime(string question, string word)
    {
        _vacancies.Write("gemeente-lindebroek-administratief-medewerker", Clerk);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains(word, answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("135000", new string([.. answer.Text.Where(char.IsDigit)]), StringComparison.Ordinal);
    }
}
