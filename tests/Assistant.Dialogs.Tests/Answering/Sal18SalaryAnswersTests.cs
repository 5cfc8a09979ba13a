using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Answering.Composers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Pay answers in forms unseen documents and candidates use: an indexed yearly amount next to amounts at index 100% is made
/// monthly without being indexed again, experience that does not count is said so, and an hourly wage times the hours of a
/// shift. Invented employers and amounts.
/// </summary>
public sealed class Sal18SalaryAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Wat verdien ik bruto per maand als starter bij de dienst Testrecht?")]
    [InlineData("What is the gross monthly starting pay at the Testrecht service?")]
    [InlineData("Quel est le salaire mensuel brut de départ au service Testrecht ?")]
    public async Task IndexedYearlyStartAmount_NextToAmountsAtIndex100_IsDividedByTwelveNotIndexedAgain(string question)
    {
        _vacancies.Write("dienst-testrecht-jurist", """
            Dienst Testrecht zoekt een jurist (m/v/x)

            Wat bieden we?
            Je wordt aangeworven met een minimale brutojaarwedde van 24.000,00 EUR en een maximale brutojaarwedde van 40.000,00 EUR (bedragen aan index 100%). Geïndexeerd is dat 50.935,20 EUR tot 84.892,00 EUR bruto per jaar.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@testrecht.be.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        var digits = new string(answer.Text.Where(char.IsDigit).ToArray());
        Assert.Contains("424460", digits, StringComparison.Ordinal); // 24.000 × 2,1223 / 12 = 50.935,20 / 12
        Assert.DoesNotContain("9008", digits, StringComparison.Ordinal); // 50.935,20 indexed a second time
    }

    [Theory]
    [InlineData("Ik heb 8 jaar in de privé gewerkt. Telt dat mee voor mijn loon als onthaalmedewerker in Nulveld?", "telt niet mee")]
    [InlineData("I worked 8 years in the private sector. Does that count for my pay as receptionist in Nulveld?", "do not count")]
    [InlineData("J'ai travaillé 8 ans dans le privé. Est-ce que ça compte pour mon salaire d'accueil à Nulveld ?", "ne comptent pas")]
    public async Task PrivateYearsThatDoNotCount_AreSaidNotToCount(string question, string said)
    {
        _vacancies.Write("ocmw-nulveld-onthaalmedewerker", """
            OCMW Nulveld zoekt een onthaalmedewerker (m/v/x)

            Wat bieden we?
            - Weddeschaal D1-D3: bruto maandwedde van € 2.400,00 (zonder anciënniteit) tot € 3.300,00 (maximum), geïndexeerd.
            - Anciënniteit bij een overheid telt volledig mee; anciënniteit in de privésector telt niet mee.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@nulveld.be.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains(said, answer.Text, StringComparison.Ordinal);
        Assert.Contains("240000", new string(answer.Text.Where(char.IsDigit).ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wat verdient een inspecteur bij Zonnegem per maand?", "vakantiegeld")]
    [InlineData("What does an inspector earn at Zonnegem per month?", "holiday pay")]
    [InlineData("Combien gagne un inspecteur à Zonnegem par mois ?", "pécule de vacances")]
    public async Task YearlyAmountsThatIncludeThePremiums_AreNotSaidToGetThemOnTop(string question, string premium)
    {
        _vacancies.Write("politiezone-zonnegem-inspecteur", """
            Politiezone Zonnegem zoekt een inspecteur (m/v/x)

            Wat bieden we?
            Een bruto jaarloon van € 45.000 tot € 60.000, vakantiegeld en eindejaarspremie inbegrepen.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@zonnegem.be.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains(premium, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.Get(answer.Language, "salary.yearlyNote"), answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wat is mijn startloon als verpleegkundige in Nachtveld zonder nachtpremies?")]
    [InlineData("What is the starting pay for the nurse in Nachtveld without the night allowances?")]
    [InlineData("Quel est le salaire de départ de l'infirmier à Nachtveld hors primes de nuit ?")]
    public async Task PayAskedWithoutThePremiums_GivesThePayWithoutTheirLines(string question)
    {
        _vacancies.Write("az-nachtveld-verpleegkundige", """
            AZ Nachtveld zoekt een verpleegkundige (m/v/x)

            Ons aanbod
            - Bruto maandloon van € 3.500,00 (start) tot € 5.500,00, voltijds, geïndexeerd.
            - Nachtpremie van 35% per nachtuur.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@nachtveld.be.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("salary", answer.Intent);
        Assert.Contains("350000", new string(answer.Text.Where(char.IsDigit).ToArray()), StringComparison.Ordinal);
        Assert.DoesNotContain("35%", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from 7 to 13:30", 6.5)]
    [InlineData("van 22u tot 6u", 8)]
    [InlineData("de 8h à 12h", 4)]
    [InlineData("voor 6,5 uur werk", 6.5)]
    [InlineData("for 4 hours", 4)]
    public void HoursAsked_ClockSpanOrCount_IsTheHours(string text, double hours) =>
        Assert.Equal((decimal)hours, SalaryAnswers.HoursAsked("hoeveel krijg ik " + text + "?"));

    [Theory]
    [InlineData("hoeveel krijg ik van 18 tot 20 jaar?")]
    [InlineData("what do I get for 38 hours a week?")]
    [InlineData("hoeveel per uur?")]
    public void HoursAsked_AgesWeeksOrNoHours_IsNone(string text) =>
        Assert.Null(SalaryAnswers.HoursAsked(text));
}
