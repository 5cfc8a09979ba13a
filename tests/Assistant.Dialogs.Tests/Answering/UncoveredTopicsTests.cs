using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Answering.Composers;
using Assistant.Knowledge.Base;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Questions a vacancy answers in its own words get its passage; questions about what it does not cover get "the
/// documents don't say" with the contact; a question about counting experience gets the counting rules.
/// </summary>
public sealed class UncoveredTopicsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public UncoveredTopicsTests() => Write("gemeente-testveld-chauffeur-veegwagen", """
        Gemeente Testveld zoekt een chauffeur veegwagen (m/v/x)

        Jouw opdracht
        - Je rijdt met de veegwagen door de straten van Testveld.
        - Je werkt in een vaste ploeg, meestal van 6 tot 14 uur.

        Wat bieden we?
        Een bruto maandloon tussen € 2.500,00 en € 3.600,00 (geïndexeerd, voltijds).
        Je ervaring in de privésector telt mee voor je loon, tot maximaal 8 jaar. Ervaring bij een andere overheid telt volledig mee.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via personeel@testveld.be.
        Vragen? Bel Jan Peeters, 011 22 33 44.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Fact]
    public async Task QuestionWithAVerbTheDocumentDoesNotUse_GetsThePassageOfItsTopicWord()
    {
        var answer = await Ask("Hoe laat begint een ploeg bij de chauffeur veegwagen in Testveld?");

        Assert.Equal("retrieval", answer.Source);
        Assert.Contains("6 tot 14 uur", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionAboutATopicTheDocumentNeverNames_GetsNotInTheDocumentsWithTheContact()
    {
        var answer = await Ask("Moet ik bij de chauffeur veegwagen in Testveld ook sneeuw ruimen in de winter?");

        Assert.Equal("none", answer.Source);
        Assert.Contains("011 22 33 44", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoeveel kandidaten hebben al gesolliciteerd voor chauffeur veegwagen in Testveld?")]
    [InlineData("How many people have applied for the street sweeper driver job in Testveld?")]
    public async Task HowManyApplied_IsNotInTheDocuments(string question)
    {
        var answer = await Ask(question);

        Assert.Equal("none", answer.Source);
    }

    [Fact]
    public async Task TopicLine_DoesNotAnswerWhatTheQuestionAddsWhenTheDocumentsNeverNameIt()
    {
        var answer = await Ask("Moet ik als chauffeur veegwagen in Testveld 's nachts zout strooien in de winter?");

        Assert.Equal("none", answer.Source);
        Assert.Contains("011 22 33 44", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicQuestionWithoutExtraThings_StillGetsTheTopicLine()
    {
        var answer = await Ask("Werk ik 's nachts als chauffeur veegwagen in Testveld?");

        Assert.Equal("retrieval", answer.Source);
        Assert.Contains("6 tot 14 uur", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowManyOfAThing_NotCountedInTheDocuments_IsNotInTheDocuments()
    {
        var answer = await Ask("Hoeveel chauffeurs werken er in de vaste ploeg van Testveld?");

        Assert.Equal("none", answer.Source);
        Assert.Contains("011 22 33 44", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hoeveel chauffeurs zijn er", "Je werkt in een ploeg van 4 chauffeurs.", true)]
    [InlineData("hoeveel chauffeurs zijn er", "Je werkt in een ploeg met andere chauffeurs.", false)]
    [InlineData("hoeveel mensen werken er", "Het team telt twaalf medewerkers.", true)]
    [InlineData("hoeveel mensen werken er", "Je werkt van 8 uur tot 16 uur.", false)]
    [InlineData("hoeveel mensen werken er", "Stuur je brief naar Dienst HR, Kerkstraat 12, 8500 Kortrijk.", false)]
    [InlineData("hoeveel mensen werken er", "Mail naar hr@lommel.be of schrijf naar Hoogstraat 2, 3920 Lommel (de datum van de poststempel telt).", false)]
    [InlineData("hoeveel mensen werken er", "Statuut: contractueel, deeltijds (19 u/week) in de afdeling Onthaal.", false)]
    [InlineData("hoeveel personen telt de ploeg", "Voltijds 38 uur per week, ploeg van zes arbeiders.", true)]
    [InlineData("hoeveel collega's heb ik", "Solliciteer voor 3 maart bij Stad Lommel, Hoogstraat 2, 3920 Lommel.", false)]
    [InlineData("hoeveel mensen werken er", "De dienst Bevolking in Kortrijk telt 14 medewerkers.", true)]
    [InlineData("wie is mijn leidinggevende", "Je werkt onder leiding van het diensthoofd.", true)]
    [InlineData("hoeveel diensten van 24 uur doe je per maand", "Maaltijdcheques van € 8 per dienst van 24 uur.", false)]
    [InlineData("hoeveel ritten doe je per dag", "Een vergoeding van 2 euro voor elke rit.", false)]
    [InlineData("hoeveel nachten werk je per week", "Een toeslag van 20 % per nacht.", false)]
    [InlineData("hoeveel diensten doe je per maand", "Je doet gemiddeld 8 diensten per maand.", true)]
    public void CountingPassage_IsRequiredForAHowManyQuestion(string question, string passage, bool answers) =>
        Assert.Equal(answers, RetrievalAnswers.Counts(Assistant.Core.Text.TextFold.Words(question), passage));

    [Theory]
    [InlineData("How many nurses are on the night shift?", "Toeslagen: nachtprestaties + 35%, zaterdag + 26%.", false)]
    [InlineData("How many colleagues will I have?", "Je komt in een team van acht verpleegkundigen.", true)]
    [InlineData("Combien de jours de congé par an ?", "Toelage voor nachtprestaties (tussen 22 u en 6 u): 25 % van het uurloon.", false)]
    [InlineData("Combien de jours de congé par an ?", "Je krijgt 32 dagen verlof per jaar.", true)]
    [InlineData("How many days off do I get?", "Daarnaast: maaltijdcheques, 36 dagen verlof en een fietsvergoeding.", true)]
    [InlineData("Combien d'employés travaillent dans ce service ?", "Niveau C, statutaire, stage de 12 mois, certificat art. 7 (néerlandais).", false)]
    [InlineData("combien de collègues dans l'équipe ?", "Het team telt zes verpleegkundigen.", true)]
    [InlineData("hoeveel dagen per week mag je thuiswerken", "35 vakantiedagen en plaatsonafhankelijk werken.", false)]
    public void CountingPassage_IsRequiredForAnEnglishOrFrenchHowManyQuestion(string question, string passage, bool answers)
    {
        var language = question.StartsWith("hoeveel", StringComparison.Ordinal) ? "nl" : question.StartsWith("How", StringComparison.Ordinal) ? "en" : "fr";
        var words = CountingQuestion.InDutch(Assistant.Core.Text.TextFold.Words(question), language);

        Assert.Equal(answers, RetrievalAnswers.Counts(words, passage));
    }

    [Theory]
    [InlineData("Mag ik mijn paard meebrengen naar het werk in Kriekenbos?", true)]
    [InlineData("Is er een zwembad voor het personeel in Kriekenbos?", false)]
    [InlineData("Kan ik in Kriekenbos met een dienstfiets van de provincie rijden?", true)]
    public async Task QuestionNamingNoVacancy_IsCheckedAgainstTheVacancyWhosePassageAnswers(string question, bool itsContact)
    {
        Write("provincie-testland-boswachter", """
            Provincie Testland zoekt een boswachter (m/v/x)

            Het domein
            Het natuurgebied Kriekenbos telt 300 hectare bos en heide met een bezoekerscentrum. Het team telt vier medewerkers.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via natuur@testland.be.
            Vragen? Bel Els Wouters, 014 55 66 77.
            """);

        var answer = await Ask(question);

        // Never the passage about the site, which says nothing of the thing asked; the contact is that of the vacancy
        // whose passage came first.
        Assert.Equal("none", answer.Source);
        Assert.True(!itsContact || answer.Text.Contains("014 55 66 77", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public async Task WhoDoIReportTo_GetsTheLineAboutWhoLeadsTheJob_OrNotInTheDocuments()
    {
        Write("gemeente-testveld-tuinier", """
            Gemeente Testveld zoekt een tuinier (m/v/x)

            Jouw opdracht
            - Je onderhoudt de parken en pleinen van de gemeente.
            - Je werkt in een team van zes onder leiding van de ploegbaas groen.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via personeel@testveld.be.
            """);

        var led = await Ask("Aan wie rapporteert de tuinier in Testveld?");
        var notSaid = await Ask("Aan wie rapporteert de chauffeur veegwagen in Testveld?");

        Assert.Equal("retrieval", led.Source);
        Assert.Contains("ploegbaas groen", led.Text, StringComparison.Ordinal);
        Assert.Equal("none", notSaid.Source);
    }

    [Fact]
    public async Task EnglishQuestionSharingOneLoanwordWithAPassage_IsNotInTheDocuments()
    {
        var answer = await Ask("Does the veegwagen driver in Testveld get a free ticket for the ploeg party in summer?");

        Assert.Equal(("none", "en"), (answer.Source, answer.Language));
        Assert.Contains("011 22 33 44", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlacesTheDocumentsName_NameTheVacancy()
    {
        Write("zone-westerzand-preventieadviseur", """
            Hulpverleningszone Westerzand zoekt een preventieadviseur (m/v/x)

            Jouw opdracht
            - Je werkt vanuit de kazerne in De Uitkijk, Havenweg 3, 8690 Duinkerkhove.
            - Samen met de brandweer controleer je gebouwen.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@westerzand.be.
            """);

        var byTown = await Ask("Tot wanneer kan ik solliciteren in Duinkerkhove?");
        var bySite = await Ask("Tot wanneer kan ik solliciteren voor De Uitkijk?");

        Assert.Equal(["zone-westerzand-preventieadviseur"], byTown.VacancyIds);
        Assert.Equal(["zone-westerzand-preventieadviseur"], bySite.VacancyIds);
    }

    [Fact]
    public async Task DoesPrivateExperienceCount_GetsTheCountingRulesWithTheirSentence()
    {
        var answer = await Ask("Telt mijn ervaring in de privésector mee voor het loon van chauffeur veegwagen in Testveld?");

        Assert.Equal(("salary", "rules"), (answer.Intent, answer.Source));
        Assert.Contains("tot maximaal 8 jaar", answer.Text, StringComparison.Ordinal);
        Assert.Contains("telt volledig mee", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("tot maximaal 8 jaar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task YearsDrivenForACompany_AreCountedUpToThePrivateSectorCap()
    {
        var answer = await Ask("Ik heb 12 jaar gereden voor een transportbedrijf. Wat verdien ik als chauffeur veegwagen in Testveld?");

        Assert.Contains("Je 12 jaar ervaring (privésector) telt mee voor 8 jaar", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearsAsSelfEmployed_WithoutACapForThem_AreCountedAndSaidUnknown()
    {
        var answer = await Ask("Ik ben 12 jaar zelfstandig koerier geweest. Wat verdien ik als chauffeur veegwagen in Testveld?");

        Assert.Contains("12 jaar ervaring (zelfstandige)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("zegt niet hoeveel jaar", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichScale_GetsTheScaleBeforeTheAmounts()
    {
        Write("gemeente-testveld-tuinier", """
            Gemeente Testveld zoekt een tuinier (m/v/x)

            Wat bieden we?
            Je wordt verloond in weddeschaal D1-D3: een bruto maandloon tussen € 2.400,00 en € 3.300,00 (geïndexeerd, voltijds).

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via personeel@testveld.be.
            """);

        var answer = await Ask("Welke weddeschaal heeft de tuinier in Testveld?");

        Assert.StartsWith("De loonschaal is D1-D3.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearsOfNoStatedKind_WhenPrivateExperienceCountsInFull_AreSaidToCountInFull()
    {
        Write("gemeente-testveld-verpleegkundige", """
            Gemeente Testveld zoekt een verpleegkundige (m/v/x)

            Wat bieden we?
            Een bruto maandloon tussen € 3.400,00 en € 5.200,00 (geïndexeerd, voltijds).
            Al je ervaring als verpleegkundige, ook in een privéziekenhuis of in het buitenland, telt volledig mee voor je loon.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via personeel@testveld.be.
            """);

        var answer = await Ask("Ik heb 6 jaar ervaring in een ziekenhuis in Nederland. Telt dat mee voor mijn loon als verpleegkundige in Testveld?");

        Assert.Contains("Je 6 jaar ervaring telt volledig mee", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HourlyWagePerAge_AgeAboutToBeReached_GetsThatAgesRowToo()
    {
        Write("gemeente-testveld-jobstudent", """
            Gemeente Testveld zoekt een jobstudent zwembad (m/v/x)

            Wat verdien je?
            leeftijd op 1 juli 2027: bruto uurloon
            17 jaar: € 12,57
            18 jaar: € 13,71

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via personeel@testveld.be.
            """);

        var answer = await Ask("Ik word 18 in juli. Hoeveel verdien ik per uur als jobstudent zwembad in Testveld?");

        Assert.Contains("12,57", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Vanaf je 18 jaar is dat € 13,71", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HourlyWagePerAge_ReturningStudent_GetsTheSupplementAdded()
    {
        Write("gemeente-testveld-jobstudent", """
            Gemeente Testveld zoekt een jobstudent zwembad (m/v/x)

            Wat bieden we?
            Je uurloon hangt af van je leeftijd:

               leeftijd        bruto uurloon
               17 jaar         12,40
               18 jaar         13,20

            Studenten die vorig jaar al bij ons werkten, krijgen 0,40 extra per uur.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via personeel@testveld.be.
            """);

        var answer = await Ask("Ik ben 18 en heb vorige zomer ook al in het zwembad van Testveld gewerkt. Wat is mijn uurloon?");

        Assert.Contains("€ 13,20", answer.Text, StringComparison.Ordinal);
        Assert.Contains("€ 13,60 bruto per uur", answer.Text, StringComparison.Ordinal);
    }

    private void Write(string id, string text) => _vacancies.Write(id, text);

    private Task<Answer> Ask(string question) => _vacancies.AskAsync(question);
}
