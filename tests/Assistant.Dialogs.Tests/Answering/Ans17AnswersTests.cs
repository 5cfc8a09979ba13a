using Assistant.Core.Answers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A premium asked in English or French finds the Dutch line that names it; "hoe solliciteer ik, mag ik mailen?" gets the
/// way to apply; a document allowed later is said to be; the probation and the start date are answered though the question
/// adds "daarin" or "als ik aangenomen word"; "à qui je peux m'adresser" gets the contact. Invented employer and sentences.
/// </summary>
public sealed class Ans17AnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Ans17AnswersTests() => _vacancies.Write("gemeente-molenvoorde-baliemedewerker", """
        Gemeente Molenvoorde zoekt een baliemedewerker burgerzaken (m/v/x)

        Statuut
        Statutair, na een proeftijd van 9 maanden. Binnen die proeftijd moet je een taalexamen Frans behalen.
        Indiensttreding: ten vroegste op 1 april 2027.

        Wat bieden we?
        - Een bruto maandloon tussen € 2.600,00 en € 3.700,00.
        - Tweetaligheidspremie van € 110,00 bruto per maand zodra je het taalexamen hebt behaald.
        - Maaltijdcheques van € 8 per gewerkte dag.
        - Fietsvergoeding van € 0,35 per km.

        Selectie
        1. Schriftelijke proef op 40 punten, op zaterdag 6 februari 2027.
        2. Mondelinge proef op 60 punten, in de week van 22 februari 2027.

        Solliciteren
        Solliciteer uiterlijk op 20 januari 2027 via het online formulier op www.molenvoorde.be/jobs. Kandidaturen per e-mail nemen we niet in behandeling.
        Voeg je cv en een kopie van je diploma toe. Het uittreksel uit het strafregister mag je later bezorgen, ten laatste op de dag van de mondelinge proef.
        Vragen? Neem contact op met Katrien Wouters, personeelsdienst, 050 44 55 66.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Combien est la prime de bilinguisme pour le baliemedewerker à Molenvoorde ?")]
    [InlineData("How much is the bilingual allowance for the baliemedewerker in Molenvoorde?")]
    public async Task PremiumAskedInAnotherLanguage_GetsTheDutchLine(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Contains("110", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maaltijdcheques", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoe solliciteer ik voor baliemedewerker in Molenvoorde, mag ik gewoon mailen?")]
    [InlineData("How do I apply for the baliemedewerker job in Molenvoorde?")]
    [InlineData("Comment postuler pour baliemedewerker à Molenvoorde ?")]
    public async Task HowToApply_GetsTheWayToApply(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(Intents.Documents, answer.Intent);
        Assert.Contains("formulier", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentAllowedLater_IsSaidToBe()
    {
        var answer = await _vacancies.AskAsync("Moet ik mijn uittreksel strafregister meteen meesturen voor baliemedewerker in Molenvoorde?");

        Assert.Contains("ten laatste op de dag van de mondelinge proef", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoe lang is de proeftijd van baliemedewerker in Molenvoorde en wat moet ik daarin halen?", "9 maanden")]
    public async Task QuestionWithAPointingWord_IsStillAnswered(string question, string expected)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.NotEqual(AnswerSources.None, answer.Source);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhomToAddressInFrench_GetsTheContact()
    {
        var answer = await _vacancies.AskAsync("À qui je peux m'adresser pour l'offre de baliemedewerker à Molenvoorde ?");

        Assert.Equal(Intents.Contact, answer.Intent);
        Assert.Contains("050 44 55 66", answer.Text, StringComparison.Ordinal);
    }
}
