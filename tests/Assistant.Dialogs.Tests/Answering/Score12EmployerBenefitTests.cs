using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>Two vacancies of one employer stating the same meal vouchers: an employer-wide question is answered, not asked back.</summary>
public sealed class Score12EmployerBenefitTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Score12EmployerBenefitTests()
    {
        foreach (var (id, title) in new[] { ("stad-testveld-medewerker-onthaal", "Medewerker onthaal"), ("stad-testveld-deskundige-onthaal", "Deskundige onthaal") })
        {
            _vacancies.Write(id, $"""
                Stad Testveld

                {title} (m/v/x)

                Wat bieden wij?
                - Maaltijdcheques van 8 euro per gewerkte dag.
                - Hospitalisatieverzekering.

                Solliciteren
                Solliciteer tot en met 15 februari 2027 via personeel@testveld.be.
                """);
        }
    }

    public void Dispose() => _vacancies.Dispose();

    [Fact]
    public async Task Benefits_SameBenefitInEveryVacancyOfTheEmployer_IsAnswered()
    {
        var answer = await _vacancies.AskAsync("Hoeveel bedragen de maaltijdcheques bij de stad Testveld?");

        Assert.Equal("benefits", answer.Intent);
        Assert.Contains("8 euro", answer.Text, StringComparison.Ordinal);
    }
}
