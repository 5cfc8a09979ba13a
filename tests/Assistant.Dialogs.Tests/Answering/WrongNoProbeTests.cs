using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Wrong "not eligible" and needless "need-info" classes found by probing invented vacancies with candidates who meet what
/// the document asks, in phrasings nobody tuned on (session 29). Each class keeps its honest no and its open question.
/// </summary>
public sealed class WrongNoProbeTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public WrongNoProbeTests()
    {
        _vacancies.Write("gemeente-wolvertem-jobstudent", """
            Gemeente Wolvertem zoekt jobstudenten voor de zomerwerking

            Voorwaarden
            - Je hebt geen diploma nodig.
            - Je bent minstens 16 jaar op 1 juli 2027.

            Schrijf je in tot en met 31 maart 2027 via jeugd@wolvertem.be.
            """);
        _vacancies.Write("provincie-ostmeer-ingenieur", """
            Provincie Ostmeer – projectingenieur wegen (m/v/x), A1a-A3a

            Toelatingsvoorwaarden
            1° houder zijn van een masterdiploma in de industriële wetenschappen of in de ingenieurswetenschappen (bouwkunde, elektromechanica of een verwante richting);
            2° onderdaan zijn van een lidstaat van de Europese Economische Ruimte.

            Kandidaturen tot en met 28 februari 2027 via jobs@ostmeer.be.
            """);
        _vacancies.Write("gemeente-kerselaar-monitor", """
            Gemeente Kerselaar zoekt monitoren voor de speelpleinwerking

            Voorwaarden
            * Je bent minstens 16 jaar.
            * Een attest animator is een pluspunt.

            Inschrijven tot 31 maart 2027 via jeugd@kerselaar.be.
            """);
        _vacancies.Write("ocmw-haelen-zorgkundige", """
            OCMW Haelen – zorgkundige (C1-C2)

            Wat vragen we?
            | Criterium | Vereiste |
            |---|---|
            | Diploma | Een diploma of getuigschrift van zorgkundige, of een graduaat (HBO5) verpleegkunde |

            Kandidaturen tot 31 januari 2027 via jobs@haelen.be.
            """);
        _vacancies.Write("stad-meerhout-dossierbeheerder", """
            Stad Meerhout – dossierbeheerder (B1-B3)

            Toelatingsvoorwaarden
            - Je hebt een bachelordiploma, of
            - je hebt een EVC-attest dat toegang geeft tot niveau B.

            Solliciteer tot en met 14 februari 2027 via jobs@meerhout.be.
            """);
        _vacancies.Write("stad-velzeke-jurist", """
            Stad Velzeke – jurist (m/v/x), A1a-A3a

            Voorwaarden
            - Je hebt een master in de rechten (geen master in het notariaat).

            Solliciteer tot en met 28 februari 2027 via jobs@velzeke.be.
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("ik word 16 in maart, mag ik jobstudent zijn in Wolvertem?", "eligible")]
    [InlineData("I turn 16 on 2 May 2027. Can I be a student worker in Wolvertem?", "eligible")]
    [InlineData("j'aurai 16 ans en juin, puis-je travailler comme étudiant à Wolvertem ?", "eligible")]
    [InlineData("ik word 16 in augustus, mag ik jobstudent zijn in Wolvertem?", "not-eligible")]
    [InlineData("ik ben 15, mag ik jobstudent zijn in Wolvertem?", "not-eligible")]
    public async Task AnAgeStillToReach_IsCountedOnTheDayTheVacancyNames(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task AnAgeStillToReachWithoutAMonth_AsksTheAgeOnThatDay()
    {
        var answer = await _vacancies.AskAsync("ik word 16 deze zomer, mag ik jobstudent zijn in Wolvertem?");

        Assert.Equal("need-info", answer.Verdict);
        Assert.Contains("op de dag waarop de vacature de leeftijd telt", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik heb een master elektromechanica en ben Belg. Kan ik projectingenieur worden in Ostmeer?", "eligible")]
    [InlineData("I have a master in bouwkunde and I'm Dutch. Can I apply in Ostmeer?", "eligible")]
    [InlineData("Ik heb een master in de biologie en ben Belg. Kan ik projectingenieur worden in Ostmeer?", "not-eligible")]
    public async Task AnOptionListedInBracketsBesideTheField_MeetsIt(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task AFieldNamedInABracketThatExcludesIt_IsNoYes()
    {
        Assert.NotEqual("eligible", (await _vacancies.AskAsync("Ik heb een master in het notariaat. Kan ik jurist worden in Velzeke?")).Verdict);
    }

    [Theory]
    [InlineData("Ik ben 17, kan ik monitor worden in Kerselaar?", "jeugd@kerselaar.be")]
    [InlineData("I'm 18, can I be a monitor in Kerselaar?", "jeugd@kerselaar.be")]
    public async Task NoDiplomaOrExperienceRequirementRead_IsSaidAsTheDocumentsGapWithTheContact(string question, string contact)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("need-info", answer.Verdict);
        Assert.Contains(contact, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("nog je", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik ben zorgkundige. Kan ik solliciteren in Haelen?")]
    [InlineData("I'm a registered care assistant. Can I apply in Haelen?")]
    [InlineData("Je suis aide-soignante. Puis-je postuler à Haelen ?")]
    public async Task AQualificationNamedBesideTheLevelRead_IsNeverRefusedOnThatLevel(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.NotEqual("not-eligible", answer.Verdict);
        Assert.NotEqual("eligible", answer.Verdict);
    }

    [Fact]
    public async Task AQualificationTheRouteSentenceDoesNotName_IsStillRefusedOnTheLevel()
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync("Ik heb enkel een diploma secundair onderwijs, richting boekhouding. Kan ik solliciteren in Haelen?")).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een EVC-attest voor niveau B. Kom ik in aanmerking als dossierbeheerder in Meerhout?", "eligible")]
    [InlineData("Ik heb een EVC-attest voor niveau C. Kom ik in aanmerking als dossierbeheerder in Meerhout?", null)]
    [InlineData("Ik heb een EVC-attest als kok. Kom ik in aanmerking als dossierbeheerder in Meerhout?", null)]
    public async Task AProofThatOpensALevel_AdmitsOnlyAProofOfThatLevel(string question, string? verdict)
    {
        var answer = await _vacancies.AskAsync(question);

        if (verdict is null)
        {
            Assert.NotEqual("eligible", answer.Verdict);
        }
        else
        {
            Assert.Equal(verdict, answer.Verdict);
        }
    }
}
