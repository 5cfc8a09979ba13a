using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Wrong "eligible" classes found on a fresh code-blind part and by probing invented vacancies (session 30): a refusal of
/// what the vacancy asks a candidate to be willing to do, an availability written "je bent beschikbaar op …", a year of
/// secondary school named as the last one finished, and a typed reply to the field question that goes on about something
/// else. Each class keeps its honest yes: a candidate who refuses something the vacancy does not ask, or says nothing of it.
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
    }

    public void Dispose() => _vacancies.Dispose();

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
