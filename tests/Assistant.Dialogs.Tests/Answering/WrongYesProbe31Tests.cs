using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Wrong "eligible" classes found on a fresh code-blind part and by probing invented vacancies (session 31): something the
/// candidate says they lack or refuse that a requirement sentence names although no rule read it (a permit inside the
/// diploma sentence, a duty in a table row, a card named in another language), a field written right after the word for
/// the diploma ("diploma of brevet orthopedie"), and experience of which only the sector was said. Each keeps its honest yes.
/// </summary>
public sealed class WrongYesProbe31Tests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public WrongYesProbe31Tests()
    {
        _vacancies.Write("revalidatiecentrum-oostkamp-orthopedist", """
            Revalidatiecentrum Oostkamp zoekt een orthopedisch technoloog (m/v/x)

            Wat vragen we?
            Je bent in het bezit van een diploma of brevet orthopedie (bachelor) en een erkenning van de FOD Volksgezondheid.
            Je werkt graag in een team.

            Solliciteer tot en met 31 januari 2027 via jobs@rcoostkamp.example.
            """);
        _vacancies.Write("intercommunale-zandvoorde-monteur", """
            # Intercommunale Zandvoorde zoekt een monteur netten (m/v/x)

            ## Jouw profiel

            | Criterium | Vereist | Troef |
            |---|---|---|
            | Diploma | Diploma secundair onderwijs | |
            | Beschikbaarheid | Je neemt deel aan de piketdienst (1 weekend op 4) | |
            | Attest | Je hebt een heftruckattest | |
            | Veiligheid | Een VCA-basisattest, of je behaalt het binnen het jaar na je indiensttreding | |

            ## Solliciteren
            Solliciteer tot en met 31 januari 2027 via jobs@zandvoorde.example.
            """);
        _vacancies.Write("gemeente-wingene-magazijnier", """
            Gemeente Wingene – magazijnier (D1-D3)

            Profiel
            - Geen diploma vereist.
            - Je hebt minstens 3 jaar ervaring als magazijnier.

            Solliciteer tot en met 31 januari 2027 via personeel@wingene.example.
            """);
        _vacancies.Write("stad-lotenhulle-parkwachter", """
            Stad Lotenhulle – parkwachter (C1-C3)

            Profiel
            Je bent in het bezit van een diploma secundair onderwijs.
            Je hebt een blanco strafregister.
            Je bent bereid om in het weekend te werken.

            Solliciteer tot en met 31 januari 2027 via jobs@lotenhulle.example.
            """);
        _vacancies.Write("vzw-debrug-opvoeder", """
            VZW De Brug – opvoeder (m/v/x)

            Jouw profiel
            Je hebt een bachelor in een pedagogische richting.
            Je hebt een EHBO-attest of je haalt het binnen de 3 maanden.

            Solliciteer tot en met 31 januari 2027 via jobs@debrug.example.
            """);
        _vacancies.Write("pz-kaprijke-inspecteur", """
            Politiezone Kaprijke – inspecteur (m/v/x)

            Profiel
            - Je bent in het bezit van het brevet van inspecteur van politie.
            - Je hebt rijbewijs B, sinds minstens 2 jaar.

            Solliciteer tot en met 31 januari 2027 via personeel@pzkaprijke.example.
            """);
        _vacancies.Write("gemeente-vinkt-jurist", """
            Gemeente Vinkt – jurist (A1a-A3a)

            Toelatingsvoorwaarden
            Je bent houder van een masterdiploma in de rechten. Andere masters komen niet in aanmerking.

            Solliciteer tot en met 31 januari 2027 via jobs@vinkt.example.
            """);
    }

    [Theory]
    [InlineData("Ik heb een bachelor biologie. Kan ik orthopedisch technoloog worden in Oostkamp?")]
    [InlineData("Ik heb een bachelor orthopedie, maar nog geen erkenning. Kan ik in Oostkamp solliciteren?")]
    [InlineData("I have a bachelor in orthopaedics but no recognition from the health ministry yet. Can I apply in Oostkamp?")]
    public async Task AFieldAfterTheDiplomaWordOrAPermitInItsSentence_IsNoYes(string question)
    {
        Assert.NotEqual("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task TheFieldAsWrittenWithNothingLacking_IsAYes()
    {
        Assert.Equal("eligible", (await _vacancies.AskAsync("Ik heb een bachelor orthopedie en de erkenning van de FOD. Kan ik orthopedisch technoloog worden in Oostkamp?")).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een diploma secundair onderwijs en een heftruckattest, maar ik wil geen piketdiensten doen. Kan ik monteur worden in Zandvoorde?", "piketdienst")]
    [InlineData("I have a secondary school diploma but I don't have a forklift certificate. Can I become a fitter in Zandvoorde?", "heftruckattest")]
    [InlineData("J'ai un diplôme secondaire, mais je n'ai pas de certificat de cariste. Puis-je devenir monteur à Zandvoorde ?", "heftruckattest")]
    public async Task SomethingLackedOrRefusedThatATableRowAsks_IsQuotedAndNoYes(string question, string quoted)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("need-info", answer.Verdict);
        Assert.Contains(quoted, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik heb een diploma secundair onderwijs en een heftruckattest, en ik heb geen tractorrijbewijs. Kan ik monteur worden in Zandvoorde?")]
    [InlineData("Ik heb een diploma secundair onderwijs en een heftruckattest, en ik heb geen probleem met piketdiensten. Kan ik monteur worden in Zandvoorde?")]
    public async Task SomethingLackedThatNoSentenceAsks_KeepsTheYes(string question)
    {
        Assert.Equal("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task SomethingLackedThatMayBeObtainedAfterStarting_IsNoBar()
    {
        var answer = await _vacancies.AskAsync("Ik heb een diploma secundair onderwijs en een heftruckattest, maar nog geen VCA. Kan ik monteur worden in Zandvoorde?");

        Assert.Contains(answer.Verdict, new[] { "eligible", "conditional" });
    }

    [Theory]
    [InlineData("Ik heb 5 jaar ervaring in de privésector. Kan ik magazijnier worden in Wingene?", "need-info")]
    [InlineData("Ik heb 5 jaar ervaring als magazijnier. Kan ik magazijnier worden in Wingene?", "eligible")]
    public async Task ExperienceOfWhichOnlyTheSectorWasSaid_AsksItsKind(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een diploma ASO, maar er staat een veroordeling voor diefstal op mijn strafblad. Kan ik parkwachter worden in Lotenhulle?")]
    [InlineData("Ik heb een diploma ASO en een blanco strafregister, maar ik werk niet in het weekend. Kan ik parkwachter worden in Lotenhulle?")]
    [InlineData("Diploma secundair, blanco strafregister, maar weekendwerk wil ik niet doen. Parkwachter in Lotenhulle, kan dat?")]
    public async Task ARecordOrAWeekendTheVacancyAsks_IsANo(string question)
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task ACertificateThatMayBeObtainedLater_IsNoRouteWithoutADiploma()
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync("Ik heb enkel een diploma secundair onderwijs. Kan ik opvoeder worden bij De Brug?")).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een master in de rechten. Kan ik jurist worden in Vinkt?", "eligible")]
    [InlineData("Ik heb een master geschiedenis. Kan ik jurist worden in Vinkt?", "not-eligible")]
    public async Task OtherMastersRefusedBesideTheField_KeepTheRoute(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een bachelor criminologie en rijbewijs B. Kan ik inspecteur worden in Kaprijke?", "rijbewijs")]
    [InlineData("I have a bachelor in criminology and a B licence. Can I become an inspector in Kaprijke?", "licence")]
    [InlineData("J'ai un bachelier en criminologie et le permis B. Puis-je devenir inspecteur à Kaprijke ?", "permis")]
    public async Task ALicenceHeldForAMinimumTimeWithoutARoute_IsAskedNeverAFailure(string question, string asked)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("need-info", answer.Verdict);
        Assert.Contains(asked, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _vacancies.Dispose();
}
