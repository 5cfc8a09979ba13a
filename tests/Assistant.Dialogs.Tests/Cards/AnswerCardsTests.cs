using Assistant.Core.Answers;
using Assistant.Dialogs.Cards;
using Assistant.Dialogs.Cards.Answers;
using static Assistant.Dialogs.Tests.Cards.CardJsonQuery;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Tests.Cards;

/// <summary>The card each kind of answer gets, built from real answers over the seed vacancies.</summary>
public sealed class AnswerCardsTests
{
    [Fact]
    public async Task For_ConditionalEligibility_ChecksTheRouteWithTheTestStillToPassAndItsDate()
    {
        var answer = await SeedAnswers.Ask("Kom ik in aanmerking in Harelbeke zonder bachelor?");

        var sut = AnswerCards.For(answer);

        var texts = Texts(sut);
        Assert.Equal("Je komt in aanmerking als je slaagt voor een test", texts[0]);
        Assert.Contains(texts, t => t.StartsWith("Slagen voor de online niveau- en capaciteitstest — nog te behalen", StringComparison.Ordinal));
        Assert.Contains("→", texts);
        Assert.Contains("Gepland: in de week van 15 december 2025", texts);
        Assert.Contains(texts, t => t.StartsWith("“2. Je bent niet in het bezit van een bachelordiploma", StringComparison.Ordinal));
        Assert.False(sut!.ContainsKey("actions"));
    }

    [Fact]
    public async Task For_NotEligible_MarksTheFailedRequirementWithWhatTheCandidateHas()
    {
        var answer = await SeedAnswers.Ask("Kom ik in aanmerking in Lievegem met een bachelordiploma?");

        var sut = AnswerCards.For(answer);

        var texts = Texts(sut);
        Assert.Equal("Je komt niet in aanmerking", texts[0]);
        Assert.Equal("attention", (string?)OfType(sut, "TextBlock").First()["color"]);
        Assert.Contains("✘", texts);
        Assert.Contains("Masterdiploma (of gelijkwaardig) (jij: bachelordiploma) — niet voldaan", texts);
    }

    [Theory]
    [InlineData("Kom ik in aanmerking voor de job van directeur interne organisatie?", "Master", "Ik heb een masterdiploma")]
    [InlineData("Am I eligible for the director job in Lievegem?", "Master", "I have a master's degree")]
    [InlineData("Puis-je postuler pour le poste de directeur à Lievegem ?", "Pas de diplôme", "Je n'ai pas de diplôme")]
    public async Task For_NeedInfoOnTheDiploma_OffersSubmitButtonsThatSayTheAnswer(string question, string title, string text)
    {
        var answer = await SeedAnswers.Ask(question);

        var sut = AnswerCards.For(answer);

        Assert.Equal("need-info", answer.Verdict);
        var actions = sut!["actions"]!.AsArray();
        Assert.Equal(4, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a!["type"]));
        var button = Assert.Single(actions, a => (string?)a!["title"] == title)!;
        Assert.Equal(text, (string?)button["data"]!["text"]);
        Assert.Contains("?", Texts(sut));
    }

    [Fact]
    public async Task For_SalaryAtASeniority_TabulatesThePublishedAmountsAndHighlightsTheAnswer()
    {
        var answer = await SeedAnswers.Ask("Wat verdien ik in Lievegem met 10 jaar anciënniteit?");

        var sut = AnswerCards.For(answer);

        var table = Assert.Single(OfType(sut, "Table"));
        Assert.Equal(3, table["columns"]!.AsArray().Count);
        var rows = table["rows"]!.AsArray().Select(r => Texts(r)).ToList();
        Assert.Equal(["Anciënniteit", "Bedrag", "Periode"], rows[0]);
        Assert.Equal(["Start", "€ 4.470,00", "per maand"], Normalised(rows[1]));
        Assert.Contains(["10 jaar", "€ 5.354,00", "per maand"], rows.Select(Normalised));
        var highlighted = Assert.Single(table["rows"]!.AsArray(), r => (string?)r!["style"] == "accent");
        Assert.Equal("€ 5.354,00", Normalised(Texts(highlighted))[1]);
        Assert.Contains("Privésector", Texts(sut));
        Assert.Contains("maximaal 10 jaar, als ze relevant is", Texts(sut));
    }

    [Fact]
    public async Task For_YearlySalaryInEnglish_SaysPerYearAndTheMonthlyEquivalent()
    {
        var answer = await SeedAnswers.Ask("What is the salary for the social media assistant at the Chamber?");

        var sut = AnswerCards.For(answer);

        Assert.Equal("en", (string?)sut!["lang"]);
        Assert.Equal("Gross salary per year", Texts(sut)[0]);
        Assert.Contains(Texts(sut), t => t == "€57,548.29");
    }

    [Fact]
    public async Task For_Procedure_ListsEveryStepWithDatesPointsAndPassMarks()
    {
        var answer = await SeedAnswers.Ask("Hoe verloopt de selectieprocedure bij de Kamer?");

        var sut = AnswerCards.For(PayloadOnly(answer));

        var rows = OfType(sut, "ColumnSet").Select(r => Texts(r)).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(["In de week van 10 november 2025 en in de week van 17 november 2025", "Taaltesten", "minimaal B2; telt niet mee voor de eindscore"], rows[0]);
        Assert.Contains(rows, r => r.SequenceEqual(["In de week van 24 november 2025", "↳ Schriftelijke test", "op 100 punten; minimaal 50/100"]));
        Assert.Equal("Om te slagen: enkel de eerste 10 gaan door.", Texts(sut)[^1]);
    }

    [Fact]
    public async Task For_ProcedureWithVacancyAndClock_PutsTheClosedDeadlineFirstAndMarksPastSteps()
    {
        var answer = await SeedAnswers.Ask("Hoe verloopt de selectieprocedure bij de Kamer?");

        var sut = AnswerCards.For(answer);

        var rows = OfType(sut, "ColumnSet").Select(r => Texts(r)).ToList();
        Assert.Equal(["Zondag 26 oktober 2025 om 23:59", "Uiterste inschrijvingsdatum", "afgesloten"], rows[0]);
        Assert.EndsWith("voorbij", rows[1][^1], StringComparison.Ordinal);
        Assert.Equal("Assistent sociale media (Kamer van volksvertegenwoordigers)", Texts(sut)[1]);
    }

    [Fact]
    public async Task For_DeadlineInFrench_ShowsTheLastDayAndTheDaysLeft()
    {
        var answer = await SeedAnswers.Ask("Jusqu'à quand puis-je postuler à Harelbeke ?");

        var sut = AnswerCards.For(PayloadOnly(answer));

        var row = Texts(Assert.Single(OfType(sut, "ColumnSet")));
        Assert.Equal(["Dimanche 14 décembre 2025", "Date limite de candidature", "encore 13 jours"], row);
    }

    [Fact]
    public async Task For_StepDate_ShowsTheAlternativeDatesWithTheirQualifier()
    {
        var answer = await SeedAnswers.Ask("When is the oral exam in Harelbeke?");

        var sut = AnswerCards.For(PayloadOnly(answer));

        var row = Texts(Assert.Single(OfType(sut, "ColumnSet")));
        Assert.Equal("Thursday 8 January 2026 or Friday 9 January 2026", row[0]);
        Assert.Equal("in the morning", row[1]);
        Assert.Equal("“Mondelinge proef”", row[2]); // the Dutch step name, quoted in an English card
    }

    [Theory]
    [InlineData("Wie kan ik contacteren over de verloning bij de provincie Antwerpen?", "Bellen", "E-mail sturen")]
    [InlineData("Who can I contact about pay at the province of Antwerp?", "Call", "Send an e-mail")]
    [InlineData("Qui puis-je contacter au sujet de la rémunération à la province d'Anvers ?", "Appeler", "Envoyer un e-mail")]
    public async Task For_Contact_GivesNameRoleAndCallAndMailButtons(string question, string call, string mail)
    {
        var answer = await SeedAnswers.Ask(question);

        var sut = AnswerCards.For(PayloadOnly(answer));

        Assert.Equal(["Birgit Baats", "HR medewerker"], Texts(sut).Skip(1).Take(2));
        var actions = OfType(sut, "Action.OpenUrl").ToList();
        Assert.Equal([(call, "tel:+3232405453"), (mail, "mailto:birgit.baats@provincieantwerpen.be")], actions.Select(a => ((string)a["title"]!, (string)a["url"]!)));
    }

    [Theory]
    [InlineData("Hallo")]
    [InlineData("Welke voordelen zijn er in Harelbeke?")]
    public async Task For_PlainAnswers_GivesNoCard(string question)
    {
        var answer = await SeedAnswers.Ask(question);

        Assert.Null(AnswerCards.For(answer));
    }

    [Fact]
    public void For_PayloadWithoutCard_GivesNoCard()
    {
        var answer = new Answer { Text = "x", Language = "nl", Intent = "x", Source = "none", Facts = new BenefitsPayload([]) };

        Assert.Null(AnswerCards.For(answer));
        Assert.Null(AnswerCards.For(answer with { Facts = null }));
        Assert.Null(AnswerCards.For(answer with { Facts = new SelectionStepsPayload([], []) }));
    }

    [Fact]
    public async Task For_PayloadOfAnotherVacancy_LeavesTheVacancyOut()
    {
        var answer = await SeedAnswers.Ask("Hoe verloopt de selectieprocedure bij de Kamer?");
        var other = answer with { VacancyIds = ["another-vacancy"] };

        var sut = AnswerCards.For(other);

        Assert.DoesNotContain(Texts(sut), t => t.Contains("Kamer van volksvertegenwoordigers", StringComparison.Ordinal));
        Assert.Contains(Texts(AnswerCards.For(answer)), t => t.Contains("Kamer van volksvertegenwoordigers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("03 240 54 53", "tel:+3232405453")]
    [InlineData("+32 56 73 33 50", "tel:+3256733350")]
    [InlineData("0032 9 123 45 67", "tel:+3291234567")]
    [InlineData("056/23.93.01", "tel:+3256239301")]
    public void TelUrl_BelgianNumbers_AreInternational(string phone, string expected)
    {
        Assert.Equal(expected, ContactCard.TelUrl(phone));
    }

    /// <summary>The answer without the vacancy and clock its payload carries: the card from the payload alone.</summary>
    private static Answer PayloadOnly(Answer answer) =>
        answer.Facts is { } payload ? answer with { Facts = payload with { Vacancy = null, Now = null } } : answer;

    /// <summary>Amounts with the culture's group separator (a narrow no-break space in some ICU versions) written with a dot.</summary>
    private static List<string> Normalised(IReadOnlyList<string> texts) =>
        texts.Select(t => t.Replace('\u202F', '.').Replace('\u00A0', ' ')).ToList();
}
