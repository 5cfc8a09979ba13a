using Assistant.Dialogs.Answering.Composers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A part-time job's pay: the share is the fraction it was read from (30/38 exactly, not 0,789474, so no cent too many), and
/// when the vacancy does not say the amounts are full-time ones the pro-rated amounts are given as conditional on that.
/// </summary>
public sealed class Num21SalaryAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Num21SalaryAnswersTests() => _vacancies.Write("gemeente-beekveld-onthaal", """
        Gemeente Beekveld

        Onthaalmedewerker (m/v/x)

        Deeltijds 30/38, contract van onbepaalde duur.

        Jouw opdracht
        - Je verwelkomt bezoekers aan het gemeentehuis.

        Ons aanbod
        - Loonschaal C1-C3: minimum € 2.609,43 en maximum € 3.901,77 bruto per maand.

        Solliciteren
        Bezorg je cv tot en met 15 januari 2027 via www.beekveld.be.
        Vragen? Bel Els Peeters, 011 44 55 66.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData(0.789474, 30, 38)]
    [InlineData(0.8, 4, 5)]
    [InlineData(0.526316, 20, 38)]
    [InlineData(0.666667, 2, 3)]
    public void ExactShare_RoundedShare_IsTheFractionItCameFrom(double rounded, int p, int q)
    {
        Assert.Equal((decimal)p / q, SalaryAnswers.ExactShare((decimal)rounded));
    }

    [Theory]
    [InlineData("Wat verdien ik als onthaalmedewerker in Beekveld?", "3.080,34")]
    [InlineData("What is the pay for the onthaalmedewerker job in Beekveld?", "3,080.34")]
    public async Task PartTimeJobWithoutFullTimeSaid_GivesTheShareAsConditional(string question, string amount)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains(amount, answer.Text, StringComparison.Ordinal);
    }
}
