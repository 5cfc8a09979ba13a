using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Wrong "eligible" classes found on a fresh code-blind part and by probing invented vacancies (session 30): a refusal of
/// what the vacancy asks a candidate to be willing to do, an availability written "je bent beschikbaar op …", a year of
/// secondary school named as the last one finished, a typed reply to the field question that goes on about something
/// else, an upper age above 30, a part of the experience of its own kind ("waarvan 2 jaar in …"), posts under their own
/// headings without a requirement heading, and a certificate joined to the diploma sentence ("én een getuigschrift …"). Each class keeps its honest yes: a candidate who refuses something the vacancy does not ask, or says nothing of it.
/// </summary>
public sealed class WrongYesProbeTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public WrongYesProbeTests()
    {
        _vacancies.Write("federale-dienst-inspecteur", """
            Federale inspectiedienst – inspecteur goederenvervoer (niveau C)

            Deelnemingsvoorwaarden
            - Je hebt een diploma van het hoger secundair onderwijs.
            - Je hebt de Belgische nationaliteit.

            Wat verwachten we nog?
            Je bent bereid om een uniform en een dienstwapen te dragen.
            Je bent bereid om regelmatig naar het buitenland te reizen.

            Kandidaturen tot en met 28 februari 2027 via selectie@inspectie.example.
            """);
        _vacancies.Write("gemeente-roosbeek-baliemedewerker", """
            Gemeente Roosbeek – baliemedewerker burgerzaken (C1-C3)

            Profiel
            - Je hebt een diploma secundair onderwijs.
            - Je bent beschikbaar op maandagavond en op zaterdagvoormiddag; dat is een vereiste.

            Solliciteer tot en met 31 januari 2027 via hr@roosbeek.example.
            """);
        _vacancies.Write("intercommunale-veldmeer-technicus", """
            Intercommunale Veldmeer – technicus onderhoud (C1-C3)

            Profiel
            - Je hebt een diploma secundair onderwijs in een technische richting.

            Solliciteer tot en met 31 januari 2027 via jobs@veldmeer.example.
            """);
        _vacancies.Write("gemeente-lierde-chauffeur", """
            Gemeente Lierde – chauffeur (D1-D3)

            Profiel
            - Je hebt een rijbewijs C.
            - Je bent jonger dan 50 jaar op de uiterste inschrijvingsdatum.
            - Geen diplomavereiste.

            Solliciteer tot en met 31 januari 2027 via personeel@lierde.example.
            """);
        _vacancies.Write("stad-mortsel-maatschappelijk-werker", """
            Stad Mortsel – maatschappelijk werker (B1-B3)

            Diplomavereisten
            Je hebt een bachelor in het sociaal werk.

            Ervaring
            Je hebt minstens 4 jaar ervaring, waarvan 2 jaar in de schuldbemiddeling.

            Solliciteer tot 28 februari 2027 via jobs@mortsel.example.
            """);
        _vacancies.Write("gemeente-nevele-teamleider", """
            Gemeente Nevele – teamleiders technische dienst

            Functie 1 – teamleider groen
            - Je hebt een bachelordiploma.

            Functie 2 – teamleider gebouwen
            - Je hebt een masterdiploma in de ingenieurswetenschappen.

            Solliciteer tot 31 januari 2027 via hr@nevele.example.
            """);
        _vacancies.Write("intercommunale-opwijk-preventieadviseur", """
            Intercommunale Opwijk – preventieadviseur (A1a-A3a)

            Wat vragen we?
            Je hebt een masterdiploma én een getuigschrift preventieadviseur niveau 1.

            Solliciteer tot 31 januari 2027 via jobs@opwijk.example.
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Ik ben 55 en heb rijbewijs C. Kan ik chauffeur worden in Lierde?", "not-eligible")]
    [InlineData("I'm 52 years old with a C licence. Can I be a driver in Lierde?", "not-eligible")]
    [InlineData("Ik ben 45 en heb rijbewijs C. Kan ik chauffeur worden in Lierde?", "eligible")]
    public async Task AnUpperAgeOfAnyWorkingAge_IsACondition(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een bachelor sociaal werk en 6 jaar ervaring bij het OCMW. Kan ik maatschappelijk werker worden in Mortsel?")]
    [InlineData("Bachelor in social work, 5 years of experience at a youth centre. Can I apply in Mortsel?")]
    public async Task APartOfTheExperienceOfAKindOfItsOwn_IsNeverDroppedForAYes(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("need-info", answer.Verdict);
        Assert.Contains("schuldbemiddeling", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooFewYearsInAll_IsStillANoBesideAnUnreadPart()
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync("Ik heb een bachelor sociaal werk en 2 jaar ervaring. Kan ik maatschappelijk werker worden in Mortsel?")).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een bachelor elektromechanica. Kan ik teamleider gebouwen worden in Nevele?", "not-eligible")]
    [InlineData("Ik heb een bachelor agro- en biotechnologie. Kan ik teamleider groen worden in Nevele?", "eligible")]
    public async Task PostsUnderTheirOwnHeadingsWithoutARequirementHeading_AreJudgedOnThePostAsked(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een master industriële wetenschappen maar nog geen getuigschrift preventieadviseur. Kan ik bij Opwijk?")]
    [InlineData("Ik heb een master en het getuigschrift preventieadviseur niveau 2. Kan ik preventieadviseur worden in Opwijk?")]
    [InlineData("Ik heb een master en een getuigschrift preventieadviseur. Kan ik preventieadviseur worden in Opwijk?")]
    public async Task ACertificateJoinedToTheDiplomaSentence_IsARequirementWithItsLevel(string question)
    {
        Assert.NotEqual("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task TheCertificateOfTheLevelAsked_MeetsIt()
    {
        Assert.Equal("eligible", (await _vacancies.AskAsync("Ik heb een master en het getuigschrift preventieadviseur niveau 1. Kan ik preventieadviseur worden in Opwijk?")).Verdict);
    }

    [Theory]
    [InlineData("Ik ben Belg met een diploma ASO, maar ik wil geen wapen dragen. Kan ik inspecteur worden bij de federale inspectiedienst?")]
    [InlineData("I'm Belgian with a secondary school diploma, but I refuse to wear a uniform. Can I become an inspector at the federal inspection service?")]
    [InlineData("Belg, diploma secundair, ik ben niet bereid om naar het buitenland te reizen. Inspecteur goederenvervoer, kan dat?")]
    public async Task ARefusalOfWhatTheVacancyAsksToBeWillingToDo_IsNoYes(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("not-eligible", answer.Verdict);
    }

    [Theory]
    [InlineData("Je suis belge, diplômé du secondaire supérieur, mais je ne veux pas voyager à l'étranger. Puis-je devenir inspecteur au service fédéral d'inspection ?", "regelmatig naar het buitenland")]
    [InlineData("Ik ben Belg met een diploma ASO en ik wil niet verhuizen. Kan ik inspecteur worden bij de federale inspectiedienst?", "bereid om een uniform")]
    public async Task ARefusalNoRuleCanMatchToTheWillingnessAsked_QuotesItToCheck(string question, string quoted)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("need-info", answer.Verdict);
        Assert.Contains(quoted, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACandidateWhoRefusesNothing_KeepsTheYes()
    {
        Assert.Equal("eligible", (await _vacancies.AskAsync("Ik ben Belg met een diploma ASO. Kan ik inspecteur worden bij de federale inspectiedienst?")).Verdict);
    }

    [Theory]
    [InlineData("ik kan nooit op zaterdag werken. ik heb een diploma secundair, kan ik baliemedewerker worden in Roosbeek?")]
    [InlineData("I have a secondary school diploma but I can't work on Saturdays. Can I apply for the desk job in Roosbeek?")]
    [InlineData("j'ai mon diplôme secondaire mais je ne peux pas travailler le samedi. Je peux postuler à Roosbeek ?")]
    public async Task AnAvailabilityWrittenAsBeingAvailable_IsARequirementARefusalFails(string question)
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("ik heb enkel mijn 4de jaar tso afgemaakt en ben Belg. kan ik inspecteur worden bij de federale inspectiedienst?")]
    [InlineData("Ik ben gestopt na het derde jaar middelbaar, ik ben Belg. Kan ik inspecteur worden bij de federale inspectiedienst?")]
    [InlineData("I only finished the 4th year of secondary school, I'm Belgian. Can I become an inspector at the federal inspection service?")]
    [InlineData("J'ai arrêté en 3e secondaire, je suis belge. Puis-je devenir inspecteur au service fédéral d'inspection ?")]
    public async Task AYearOfSecondarySchoolBelowTheDiploma_IsNoSecondaryDiploma(string question)
    {
        Assert.NotEqual("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task AFieldReplyThatGoesOnAboutWork_IsTheFieldOnly()
    {
        var answers = await _vacancies.AskInTurnAsync(
            "kan ik technicus worden bij Veldmeer? ik heb een diploma secundair onderwijs",
            "richting kantoor, en ik heb nooit als technicus gewerkt");

        Assert.Equal("need-info", answers[0].Verdict);
        Assert.NotEqual("eligible", answers[1].Verdict);
    }

    [Fact]
    public async Task ATechnicalFieldReply_StillMeetsTheTechnicalField()
    {
        var answers = await _vacancies.AskInTurnAsync(
            "kan ik technicus worden bij Veldmeer? ik heb een diploma secundair onderwijs",
            "richting elektromechanica (technisch secundair), en ik heb 3 jaar ervaring");

        Assert.Equal("eligible", answers[1].Verdict);
    }
}
