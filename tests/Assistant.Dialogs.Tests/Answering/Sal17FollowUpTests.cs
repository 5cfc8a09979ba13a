using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Salary follow-ups that only name what changes: other years ("en met 15 jaar?", "and with 15 years?", "et avec 15 ans ?")
/// ask the same question at those years, with the cap of the kind of experience named before; "en het maximum?" asks the
/// top of the range, brought to a monthly amount when the document publishes yearly amounts at index 100. Invented employers.
/// </summary>
public sealed class Sal17FollowUpTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("en met 12 jaar?")]
    [InlineData("and with 12 years?")]
    [InlineData("et avec 12 ans ?")]
    public async Task OtherYearsAfterASeniorityQuestion_GivesThePayAtThoseYears(string followUp)
    {
        WriteTable();

        var answers = await _vacancies.AskInTurnAsync("Wat verdient een technicus bij Rozendaal met 4 jaar anciënniteit?", followUp);

        Assert.Contains("2.700,20", answers[0].Text, StringComparison.Ordinal);
        Assert.Equal("salary", answers[1].Intent);
        Assert.Matches(@"3[.,\s\u202F\u00A0]?100[.,]40", answers[1].Text);
    }

    [Fact]
    public async Task OtherYearsOfCappedPrivateExperience_KeepTheCap()
    {
        WriteTable();

        var answers = await _vacancies.AskInTurnAsync("Ik heb 4 jaar ervaring in de privésector. Wat verdien ik als technicus bij Rozendaal?", "en met 12 jaar?");

        Assert.Contains("2.900,30", answers[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("3.100,40", answers[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en het maximum per maand?", "4.504,58")]
    [InlineData("and the maximum per month?", "4,504.58")]
    [InlineData("et le maximum par mois ?", "4 504,58")]
    public async Task MaximumAfterAYearlyStartAtIndex100_IsTheTopBroughtToAMonth(string followUp, string monthly)
    {
        _vacancies.Write("hulpverleningszone-rozendaal-brandweerman", """
            HULPVERLENINGSZONE ROZENDAAL

            Brandweerman (m/v/x)

            Verloning
            Weddeschaal BA1. Jaarwedde aan 100%: minimum € 15.000,00 – maximum € 25.470,00.
            """);

        var answers = await _vacancies.AskInTurnAsync("Wat verdient een beginnende brandweerman in Rozendaal?", followUp);

        Assert.Equal("salary", answers[1].Intent);
        Assert.Contains(monthly, answers[1].Text.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik was 12 jaar zelfstandig installateur, telt dat allemaal mee voor mijn loon als technicus in Rozendaal?")]
    [InlineData("I was self-employed for 12 years, does all of that count for my pay as a technician in Rozendaal?")]
    [InlineData("J'ai été indépendant pendant 12 ans, est-ce que tout compte pour mon salaire de technicien à Rozendaal ?")]
    public async Task SelfEmployedWhenOnlyThePrivateSectorIsCapped_NamesThePrivateCapWithoutApplyingIt(string question)
    {
        WriteTable();

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains("maximaal 8 jaar", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinimumAndMaximumAsked_GivesTheWholeRange()
    {
        _vacancies.Write("hulpverleningszone-rozendaal-brandweerman", """
            HULPVERLENINGSZONE ROZENDAAL

            Brandweerman (m/v/x)

            Verloning
            Bruto maandloon (geïndexeerd): minimum € 2.600,00 – maximum € 4.100,00.
            """);

        var answer = await _vacancies.AskAsync("Combien gagne un pompier à Rozendaal, minimum et maximum ?");

        Assert.Contains("2 600,00", answer.Text.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("4 100,00", answer.Text.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    private void WriteTable() => _vacancies.Write("gemeente-rozendaal-technicus", """
        GEMEENTE ROZENDAAL

        Technicus (m/v/x)

        Ons aanbod
        Loonschaal C1-C3, bruto maandloon (huidige index):

        anciënniteit | 0 jaar | 4 jaar | 8 jaar | 12 jaar
        C1-C3 | 2.500,10 | 2.700,20 | 2.900,30 | 3.100,40

        Ervaring in de privésector telt mee tot maximaal 8 jaar.
        """);
}
