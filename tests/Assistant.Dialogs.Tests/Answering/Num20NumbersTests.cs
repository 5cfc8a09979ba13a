using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Numbers in answers, written other ways by invented employers: a supplement for Sundays, nights or weekends that stands
/// beside the wage (not in a benefits list) is quoted with its rate instead of the vacancy being said to name none; steps
/// that state their weight ("dit deel weegt voor 40%", "telt voor 30%") make a weighted total, not a sum of points; one
/// sentence with a mark for each of two steps joined by "én" gives each step its own mark.
/// </summary>
public sealed class Num20NumbersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    /// <summary>A wage table with the Sunday rate as its last row.</summary>
    private const string Kiosk = """
        Gemeente Testerdonk

        Jobstudent strandkiosk - zomer 2027

        Wat doe je?
        Je verkoopt ijs en drank aan de strandkiosk, ook in het weekend.
        Brutoloon per uur .......... EUR 13,40
        Zondagen en feestdagen: + 75% op het uurloon

        Solliciteren
        Solliciteer tot en met 15 april 2027 via jobs@testerdonk.be.
        """;

    /// <summary>The supplements told in prose under a heading about the hours.</summary>
    private const string Museum = """
        Museum Testerveld

        Jobstudent suppoost - zomer 2027

        Uurrooster en verloning
        Je verdient € 12,90 bruto per uur. Werk je op een zaterdag of zondag, dan ligt je uurloon 30 procent hoger; een avondopening na 20 uur levert een toeslag van 15% op.

        Solliciteren
        Solliciteer tot en met 15 april 2027 via musea@testerveld.be.
        """;

    /// <summary>Weekend work named, but no rate for it anywhere: nothing is made up.</summary>
    private const string Pool = """
        Gemeente Testerbeke

        Jobstudent onthaal zwembad - zomer 2027

        Wat doe je?
        Je werkt ook op zaterdag en zondag, volgens een rooster.

        Loon
        Brutoloon per uur: € 13,10.

        Solliciteren
        Solliciteer tot en met 15 april 2027 via jobs@testerbeke.be.
        """;

    [Theory]
    [InlineData("wat verdien ik als jobstudent aan de strandkiosk in Testerdonk?", "en op zondag?")]
    [InlineData("What is the hourly wage for the beach kiosk student job in Testerdonk?", "and on a Sunday?")]
    [InlineData("Quel est le salaire horaire du job étudiant au kiosque de plage à Testerdonk ?", "et le dimanche ?")]
    public async Task SundayRateBesideTheWage_FollowUp_IsQuoted(string first, string then)
    {
        _vacancies.Write("gemeente-testerdonk-jobstudent-strandkiosk", Kiosk);

        var answers = await _vacancies.AskInTurnAsync(first, then);

        Assert.Contains("75%", answers[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hoeveel verdien ik als suppoost in het museum Testerveld, en krijg je meer in het weekend?", "30 procent")]
    [InlineData("How much does the museum attendant job at Museum Testerveld pay, and is there extra for evening openings?", "15%")]
    public async Task SupplementInProse_OfTheKindAsked_IsQuoted(string question, string rate)
    {
        _vacancies.Write("museum-testerveld-jobstudent-suppoost", Museum);

        var answer = await _vacancies.AskAsync(question);

        Assert.Contains(rate, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeekendNamedWithoutARate_SaysNoneIsStated()
    {
        _vacancies.Write("gemeente-testerbeke-jobstudent-onthaal", Pool);

        var answers = await _vacancies.AskInTurnAsync("wat is het uurloon voor de jobstudent onthaal in het zwembad van Testerbeke?", "en op zondag?");

        Assert.Contains("13,10", answers[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("%", answers[1].Text, StringComparison.Ordinal);
    }

    /// <summary>Weights told after each step, in a sentence that names no step.</summary>
    private const string Analyst = """
        Stad Testerlo zoekt een data-analist (m/v/x)

        Selectie
        1. Schriftelijke proef op zaterdag 6 maart 2027. Dit onderdeel weegt voor 30%.
        2. Mondelinge proef in de week van 15 maart 2027. Dit onderdeel weegt voor 70%.

        Je bent geslaagd als je totaal minstens 60% bedraagt.

        Solliciteren
        Solliciteer tot en met 15 februari 2027 via jobs@testerlo.be.
        """;

    /// <summary>Weights as "telt voor", bullets with points.</summary>
    private const string Planner = """
        Gemeente Testerhout zoekt een planner (m/v/x)

        Selectieprocedure
        - Praktijkopdracht op 100 punten: telt voor 30% van het eindresultaat.
        - Interview op 100 punten: telt voor 70% van het eindresultaat.

        Om te slagen moet je in totaal minstens 60% halen.

        Solliciteren
        Solliciteer tot en met 15 februari 2027 via jobs@testerhout.be.
        """;

    /// <summary>Two marks in one sentence, joined by a stressed "én".</summary>
    private const string Teacher = """
        Gemeente Testerkerke zoekt een leraar lager onderwijs (m/v/x)

        Selectie
        - Proefles van 45 minuten.
        - Gesprek met de directie.

        Je slaagt met minstens 14 op 20 voor de proefles én minstens 10 op 20 voor het gesprek.

        Solliciteren
        Solliciteer tot en met 15 februari 2027 via school@testerkerke.be.
        """;

    [Theory]
    [InlineData("Ik had 40/100 op de schriftelijke proef en 70/100 op de mondelinge proef voor de data-analist in Testerlo. Ben ik geslaagd?", "pass", "61")]
    [InlineData("I got 90/100 on the written test and 45/100 on the oral test for the data analyst in Testerlo. Did I pass?", "fail", "58,5")]
    public async Task WeightedSteps_TotalIsTheWeightedMean(string question, string verdict, string total)
    {
        _vacancies.Write("stad-testerlo-data-analist", Analyst);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(verdict, answer.Verdict);
        Assert.Contains(total, answer.Text.Replace('.', ','), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik haalde 32% op de schriftelijke proef voor data-analist in Testerlo. Hoeveel moet ik op de mondelinge proef halen?", "72")]
    [InlineData("I scored 46/100 on the written test for the Testerlo data analyst. What do I need on the oral test?", "66")]
    public async Task WeightedSteps_WhatIsNeeded_ComesFromTheWeights(string question, string needed)
    {
        _vacancies.Write("stad-testerlo-data-analist", Analyst);

        var answer = await _vacancies.AskAsync(question);

        Assert.Contains(needed, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeightsWrittenAsCountsFor_AreRead()
    {
        _vacancies.Write("gemeente-testerhout-planner", Planner);

        var answer = await _vacancies.AskAsync("ik had 70/100 op de praktijkopdracht en 52/100 op het interview als planner in Testerhout, geslaagd?");

        Assert.Equal("fail", answer.Verdict);
        Assert.Contains("57,4", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ik had 15/20 op de proefles en 9/20 op het gesprek voor leraar in Testerkerke, ben ik geslaagd?")]
    [InlineData("I got 15 out of 20 on the trial lesson and 9 out of 20 on the interview for the teacher job in Testerkerke. Did I pass?")]
    public async Task TwoMarksInOneSentenceJoinedByStressedAnd_EachStepHasItsOwn(string question)
    {
        _vacancies.Write("gemeente-testerkerke-leraar", Teacher);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("fail", answer.Verdict);
        Assert.Contains("10", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Je kandidatuur moet ons bereiken ten laatste 14 dagen voor de eerste proef op zaterdag 20 maart 2027.", 2027, 3, 6)]
    [InlineData("Inschrijven kan tot 5 werkdagen vóór de infosessie van vrijdag 12 maart 2027; stuur je cv naar jobs@testerzele.be.", 2027, 3, 5)]
    [InlineData("Solliciteer uiterlijk twee weken voor de selectiedag (zaterdag 27 maart 2027) met je cv en motivatiebrief.", 2027, 3, 13)]
    public async Task DeadlineCountedBackFromADatedEvent_IsThatDateMinusThePeriod(string sentence, int year, int month, int day)
    {
        _vacancies.Write("gemeente-testerzele-redder", $"""
            Gemeente Testerzele zoekt een redder (m/v/x)

            Solliciteren
            {sentence}
            Contact: jobs@testerzele.be
            """);

        var answer = await _vacancies.AskAsync("tot wanneer kan ik solliciteren als redder in Testerzele?");

        var expected = new DateOnly(year, month, day);
        Assert.Contains(expected.Day + " maart 2027", answer.Text, StringComparison.Ordinal);
    }

    /// <summary>A yearly wage whose premiums are said to be in it in the sentence after the amounts.</summary>
    private const string Driver = """
        Vervoermaatschappij Testermaas zoekt een tramchauffeur (m/v/x)

        Ons aanbod
        Je bruto jaarloon bij een voltijdse tewerkstelling bedraagt € 36.000 bij de start.
        Dat bedrag omvat je vakantiegeld en je eindejaarspremie; premies voor nachtwerk komen er nog bovenop.

        Solliciteren
        Solliciteer tot en met 15 april 2027 via jobs@testermaas.be.
        """;

    [Theory]
    [InlineData("what is the yearly pay of a tram driver at Testermaas if I work four-fifths?", "28,800")]
    [InlineData("hoeveel verdien ik per jaar als tramchauffeur bij Testermaas als ik halftijds werk?", "18.000")]
    [InlineData("combien gagne-t-on par an comme chauffeur de tram chez Testermaas à 80 % ?", "28 800")]
    public async Task YearlyPayAskedAtAShare_IsTheYearlyAmountTimesTheShare(string question, string amount)
    {
        _vacancies.Write("vervoermaatschappij-testermaas-tramchauffeur", Driver);

        var answer = await _vacancies.AskAsync(question);

        Assert.Contains(amount, answer.Text.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wat verdient een tramchauffeur bij Testermaas?")]
    [InlineData("What does a tram driver at Testermaas earn?")]
    public async Task PremiumsIncludedInTheSentenceAfterTheAmount_AreNotSaidToComeOnTop(string question)
    {
        _vacancies.Write("vervoermaatschappij-testermaas-tramchauffeur", Driver);

        var answer = await _vacancies.AskAsync(question);

        Assert.DoesNotContain("komen daar nog bij", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("come on top", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wat verdien ik per maand voor 19 uur per week als tramchauffeur bij Testermaas?")]
    [InlineData("what would I earn a month for 19 hours a week as a tram driver at Testermaas?")]
    public async Task HoursPerWeekAsked_TheShareIsSaidAsAFractionOfTheWeek(string question)
    {
        _vacancies.Write("vervoermaatschappij-testermaas-tramchauffeur", Driver);

        var answer = await _vacancies.AskAsync(question);

        Assert.Contains("19/38", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neem je de taak van ploegverantwoordelijke op, dan krijg je een toelage van 8% van je brutoloon.", "en als ik ook ploegverantwoordelijke ben?", "8%")]
    [InlineData("Voor de permanentiedienst ontvang je een vergoeding van € 35 per week.", "en met de permanentiedienst erbij?", "35")]
    public async Task SalaryFollowUpNamingWhatThePayDependsOn_QuotesTheSentenceWithItsRate(string sentence, string then, string rate)
    {
        _vacancies.Write("gemeente-testerhaven-redder", $"""
            Gemeente Testerhaven zoekt een redder (m/v/x)

            Ons aanbod
            Je bruto maandloon ligt tussen € 2.500,00 en € 3.400,00 (geïndexeerd).
            {sentence}

            Solliciteren
            Solliciteer tot en met 15 april 2027 via jobs@testerhaven.be.
            """);

        var answers = await _vacancies.AskInTurnAsync("wat verdient een redder bij de gemeente Testerhaven?", then);

        Assert.Contains(rate, answers[1].Text, StringComparison.Ordinal);
    }
}
