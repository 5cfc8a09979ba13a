using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// What a published amount means as pay, computed and said: yearly at index 100% to today's monthly amount, part-time
/// pro rata when the amounts are for full time, per year when asked, and a scale named without inventing its amounts.
/// </summary>
public sealed class SalaryDerivationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    [Fact]
    public async Task YearlyAmountsAtIndex100_ForAHalfTimeJob_GiveTheIndexedMonthlyAmountAndTheHalf()
    {
        Write("gemeente-testveld-administratief-medewerker", """
            Gemeente Testveld zoekt een administratief medewerker (m/v/x)

            Wat bieden we?
            - Een halftijdse job (19/38).
            - Je wordt verloond in de weddeschaal C1-C3: minimum 14.600 euro en maximum 21.900 euro bruto per jaar aan index 100%, voor een voltijdse betrekking.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via personeel@testveld.be.
            """);

        var answer = await Ask("Hoeveel verdien ik als administratief medewerker in Testveld?");

        Assert.Equal(("salary", "rules"), (answer.Intent, answer.Source));
        Assert.Contains("€ 2.582,13", answer.Text, StringComparison.Ordinal); // 14.600 × 2,1223 / 12
        Assert.Contains("€ 3.873,20", answer.Text, StringComparison.Ordinal); // 21.900 × 2,1223 / 12
        Assert.Contains("€ 1.291,07", answer.Text, StringComparison.Ordinal); // half of 2.582,13
        Assert.Contains("2,1223", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthlyAmounts_AskedPerYear_AreMultipliedByTwelveAndSaySo()
    {
        Write("stad-proefdam-boekhouder", """
            Stad Proefdam zoekt een boekhouder (m/v/x)

            Wat bieden we?
            Een voltijdse job met een bruto maandloon tussen € 3.000,00 en € 4.500,00 (geïndexeerd).

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@proefdam.be.
            """);

        var answer = await Ask("Wat is het loon per jaar als boekhouder in Proefdam?");

        Assert.Contains("€ 36.000,00", answer.Text, StringComparison.Ordinal);
        Assert.Contains("€ 54.000,00", answer.Text, StringComparison.Ordinal);
        Assert.Contains("vakantiegeld", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAScale_IsNamedWithoutAnAmount()
    {
        Write("ocmw-schaaldorp-verzorgende", """
            OCMW Schaaldorp zoekt een verzorgende (m/v/x)

            Wat bieden we?
            Je wordt aangeworven in de weddeschaal C1-C3, met maaltijdcheques.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@schaaldorp.be.
            """);

        var answer = await Ask("Wat verdient een verzorgende in Schaaldorp?");

        Assert.Contains("C1-C3", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("€", answer.Text, StringComparison.Ordinal);
    }

    private void Write(string id, string text) => _vacancies.Write(id, text);

    private Task<Answer> Ask(string question) => _vacancies.AskAsync(question);
}
