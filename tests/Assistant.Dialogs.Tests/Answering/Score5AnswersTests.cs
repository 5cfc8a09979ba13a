using Assistant.Core.Answers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Pay for the share of a full-time job the candidate asks about, the personnel contact after capped experience, scores
/// given as bare points on named steps with a shared maximum, and the steps named when scores cannot be matched.
/// </summary>
public sealed class Score5AnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    private const string Gardener = """
        Gemeente Veldhoven-Zuid zoekt een tuinier (m/v/x)

        Wat bieden we?
        Een voltijdse job met een bruto maandloon tussen € 2.500,00 en € 3.500,00 (geïndexeerd, voltijds). Je ervaring in de privésector telt mee voor je loon, tot maximaal 10 jaar.

        Selectie
        - Praktische proef (op 50 punten)
        - Mondelinge proef (op 50 punten)
        Je moet minstens 50 % halen op elke proef en minstens 60 % op het totaal.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via tuin@veldhoven-zuid.be.
        Contact: Jan Wouters, diensthoofd groen, 050 12 34 56 (inhoud van de job) – Lies Martens, personeelsdienst, 050 12 34 78 (procedure).
        """;

    [Theory]
    [InlineData("Hoeveel verdien ik als tuinier in Veldhoven-Zuid als ik 4/5 werk?", "€ 2.000,00", "€ 2.800,00")]
    [InlineData("How much does the gardener job in Veldhoven-Zuid pay half-time?", "€1,250.00", "€1,750.00")]
    public async Task AskedShareOfFullTime_ProRatesTheFullTimeAmounts(string question, string min, string max)
    {
        _vacancies.Write("gemeente-veldhoven-zuid-tuinier", Gardener);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(("salary", "rules"), (answer.Intent, answer.Source));
        Assert.Contains(min, answer.Text, StringComparison.Ordinal);
        Assert.Contains(max, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateYearsCutByTheCap_GiveThePersonnelContactForAPersonalCalculation()
    {
        _vacancies.Write("gemeente-veldhoven-zuid-tuinier", Gardener);

        var answer = await _vacancies.AskAsync("Ik heb 14 jaar ervaring bij een privé tuinbedrijf. Wat zou ik verdienen als tuinier in Veldhoven-Zuid?");

        Assert.Contains("10", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Lies Martens", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Wouters", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik had 30 op de praktische en 32 op de mondelinge proef (allebei op 50) voor tuinier in Veldhoven-Zuid. Geslaagd?", "pass")]
    [InlineData("Ik had 30 op de praktische en 24 op de mondelinge proef voor tuinier in Veldhoven-Zuid. Geslaagd?", "fail")]
    public async Task BarePointsOnNamedSteps_AreJudged(string question, string verdict)
    {
        _vacancies.Write("gemeente-veldhoven-zuid-tuinier", Gardener);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(("scoring", verdict), (answer.Intent, answer.Verdict));
    }

    [Fact]
    public async Task ScoresThatMatchNoStep_NameTheStepsThatExist()
    {
        _vacancies.Write("gemeente-veldhoven-zuid-tuinier", Gardener);

        var answer = await _vacancies.AskAsync("Ik had 7 op 9 voor tuinier in Veldhoven-Zuid. Ben ik geslaagd?");

        Assert.Null(answer.Verdict);
        Assert.Contains("Praktische proef (op 50)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Mondelinge proef (op 50)", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>An hourly wage per age answered at the candidate's age, or as the list of rows.</summary>
public sealed class HourlyWageAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    private const string Students = """
        Gemeente Lindeveld zoekt jobstudenten voor de speelpleinwerking (m/v/x)

        Loon

        Je bruto uurloon hangt af van je leeftijd:

        | leeftijd | bruto uurloon |
        |---|---|
        | 16–17 jaar | € 12,40 |
        | 18–19 jaar | € 13,05 |
        | 20 jaar en ouder | € 14,60 |

        Inschrijven
        Inschrijven kan tot en met 15 januari 2027 via jobs@lindeveld.be.
        """;

    [Theory]
    [InlineData("Hoeveel verdien ik als jobstudent op de speelpleinwerking in Lindeveld? Ik ben 18.", "€ 13,05", "€ 14,60")]
    [InlineData("How much does a student job at the Lindeveld playground pay? I'm 22.", "€14.60", "€13.05")]
    public async Task HourlyWagePerAge_AtTheStatedAge_GivesThatRowOnly(string question, string expected, string notExpected)
    {
        _vacancies.Write("gemeente-lindeveld-jobstudenten", Students);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(("salary", "rules"), (answer.Intent, answer.Source));
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(notExpected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HourlyWagePerAge_WithoutAge_ListsEveryRow()
    {
        _vacancies.Write("gemeente-lindeveld-jobstudenten", Students);

        var answer = await _vacancies.AskAsync("Wat is het uurloon voor jobstudenten in Lindeveld?");

        Assert.Contains("16–17 jaar: € 12,40", answer.Text, StringComparison.Ordinal);
        Assert.Contains("20 jaar en ouder: € 14,60", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>A score no step takes is said with the steps there are and leaves the verdict open; a ranking rule is said with a pass.</summary>
public sealed class UnmatchedScoreAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    private const string Doc = """
        Gemeente Beekveld zoekt een deskundige sport (m/v/x)

        Selectieprocedure

        1. Thuisopdracht

        Je werkt thuis een case uit over een sportpark (op 40 punten).

        2. Mondelinge proef

        Een gesprek over je motivatie (op 80 punten).

        Je moet minstens 50 % per proef behalen. De 12 best gerangschikte kandidaten van de thuisopdracht worden uitgenodigd voor de mondelinge proef.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via jobs@beekveld.be.
        """;

    [Fact]
    public async Task AScoreNoStepTakes_IsSaidAndLeavesThePassOpen()
    {
        _vacancies.Write("gemeente-beekveld-deskundige-sport", Doc);

        var answer = await _vacancies.AskAsync("Ik had 30/40 op de thuisopdracht en 50 op 90 op het assessment voor deskundige sport in Beekveld. Geslaagd?");

        Assert.Equal("scoring", answer.Intent);
        Assert.Null(answer.Verdict);
        Assert.Contains("50/90", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Mondelinge proef (op 80)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APassWithARankingRule_SaysOnlyTheBestRankedGoOn()
    {
        _vacancies.Write("gemeente-beekveld-deskundige-sport", Doc);

        var answer = await _vacancies.AskAsync("Ik had 30/40 op de thuisopdracht voor deskundige sport in Beekveld. Geslaagd?");

        Assert.Equal(("scoring", "pass"), (answer.Intent, answer.Verdict));
        Assert.Contains("12", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>Working and opening hours are answered with the vacancy's line that gives the times, in every language.</summary>
public sealed class WorkingHoursAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Wat zijn de werkuren voor de onthaalmedewerker in Beekveld?")]
    [InlineData("What are the working hours of the onthaalmedewerker job in Beekveld?")]
    [InlineData("Quels sont les horaires de l'onthaalmedewerker à Beekveld ?")]
    public async Task WorkingHoursQuestion_QuotesTheLineWithTheTimes(string question)
    {
        _vacancies.Write("gemeente-beekveld-onthaalmedewerker", """
            Gemeente Beekveld zoekt een onthaalmedewerker (m/v/x)

            Wat bieden we?
            - Een bruto maandloon tussen € 2.500,00 en € 3.400,00 (geïndexeerd).
            - Je werkt in een uurrooster van 7u15 tot 16u45, het loket is open van 8u30 tot 12u00.
            - Maaltijdcheques van € 8.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@beekveld.be.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Contains("7u15 tot 16u45", answer.Text, StringComparison.Ordinal);
    }
}
