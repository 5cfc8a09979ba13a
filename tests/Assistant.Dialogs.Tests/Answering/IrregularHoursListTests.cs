using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Extra pay for irregular hours written as a list under a lead-in ("Bovenop je loon ontvang je toeslagen voor …:" then
/// "nachtprestaties: + 35 % per uur"), or as a premium for early shifts: a question about it gets those lines, not "the
/// documents do not say".
/// </summary>
public sealed class IrregularHoursListTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public IrregularHoursListTests()
    {
        _vacancies.Write("ziekenhuis-testveld-logistiek-medewerker", """
            Ziekenhuis Testveld

            Logistiek medewerker (m/v/x)

            Wat bieden wij?
            Bovenop je maandloon ontvang je vergoedingen voor prestaties buiten de kantooruren:
            - avondwerk (na 19 u): + 20 % per uur;
            - nachtwerk: + 40 % per uur;
            - zon- en feestdagen: + 60 % per uur.

            Solliciteren
            Solliciteer tot en met 15 februari 2027 via jobs@zhtestveld.be.
            """);
        _vacancies.Write("intercommunale-testveld-lader", """
            Intercommunale Testveld

            Lader huisvuilophaling (m/v/x)

            Wat bieden wij?
            - Maaltijdcheques van € 7 per gewerkte dag en een toeslag van € 3 per dag voor vroege diensten die voor 6 uur starten.

            Solliciteren
            Solliciteer tot en met 15 februari 2027 via jobs@ictestveld.be.
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("hoeveel extra krijg ik voor nachtwerk en zondagen als logistiek medewerker in het ziekenhuis Testveld?")]
    [InlineData("krijg je een toeslag voor nachten en zondagen als logistiek medewerker bij ziekenhuis testveld?")]
    [InlineData("Is there extra pay for night and Sunday work for the logistics job at Ziekenhuis Testveld?")]
    public async Task ExtraForNightsAndSundays_ListedUnderALeadIn_IsQuoted(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Contains("40 %", answer.Text, StringComparison.Ordinal);
        Assert.Contains("60 %", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Il y a une prime pour le service du matin comme chargeur à l'intercommunale Testveld ?")]
    [InlineData("krijg ik een premie voor de vroege diensten als lader bij de intercommunale testveld?")]
    [InlineData("Is there an allowance for early shifts for the loader at Intercommunale Testveld?")]
    public async Task PremiumForEarlyShifts_IsQuoted(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Contains("€ 3 per dag", answer.Text, StringComparison.Ordinal);
    }
}
