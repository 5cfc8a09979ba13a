using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A driving licence held for a minimum time (probing invented vacancies, session 31): the requirement is read in its several
/// layouts (after the category, before the licence as "in het bezit van", as driving experience, in French and English),
/// the candidate's span or year in the three languages, and a licence held too briefly is a no, one of which no time was
/// said is asked about, and one held long enough keeps the yes.
/// </summary>
public sealed class WrongYesProbe32aTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public WrongYesProbe32aTests()
    {
        _vacancies.Write("thuiszorg-molenbeke-chauffeur", """
            Thuiszorg Molenbeke zoekt een chauffeur minder mobielen (m/v/x)

            Wat vragen we?
            - Je hebt een diploma secundair onderwijs.
            - Je hebt een rijbewijs B sinds minstens 3 jaar.

            Solliciteer tot en met 31 januari 2027 via jobs@molenbeke.example.
            """);
        _vacancies.Write("vzw-ankerhuis-begeleider", """
            # VZW Ankerhuis – begeleider uitstappen

            ## Wie zoeken we?

            | Voorwaarde | Toelichting |
            |---|---|
            | Diploma | Een diploma secundair onderwijs |
            | Rijbewijs | Minstens twee jaar in het bezit van een rijbewijs B |

            Stuur je cv voor 31 januari 2027 naar jobs@ankerhuis.example.
            """);
        _vacancies.Write("koerierdienst-tervelde-koerier", """
            Koeriersdienst Ter Velde – fietskoerier

            Wie ben jij?
            Je bent minstens 16 en hoogstens 25 jaar. Je hebt geen diploma nodig. Je werkt bij elk weer, ook op zaterdag.

            Mail voor 31 januari 2027 naar jobs@tervelde.example.
            """);
        _vacancies.Write("waterschap-brielmoer-monteur", """
            Waterschap Brielmoer – onderhoudsmonteur

            Wat breng je mee?
            Een technisch diploma secundair onderwijs. Je bezit een rijbewijs C, en je hebt dat rijbewijs al minstens één jaar.

            Stuur je kandidatuur uiterlijk 15 februari 2027 naar personeel@brielmoer.example.
            """);
    }

    [Theory]
    [InlineData("Ik heb een diploma TSO en mijn rijbewijs C sinds 4 maanden. Kan ik onderhoudsmonteur worden bij Brielmoer?")]
    [InlineData("I have a technical secondary diploma and I just got my C licence. Can I become a maintenance fitter at Brielmoer?")]
    [InlineData("Ik heb een diploma secundair onderwijs en mijn rijbewijs B sinds 2025. Kan ik chauffeur worden bij Thuiszorg Molenbeke?")]
    [InlineData("Ik heb een diploma ASO en heb mijn rijbewijs nog maar 6 maanden. Kom ik in aanmerking bij Thuiszorg Molenbeke?")]
    [InlineData("I finished secondary school and I have had my driving licence for one year. Can I apply at Thuiszorg Molenbeke?")]
    [InlineData("J'ai un diplôme secondaire et mon permis B depuis un an. Puis-je postuler chez Thuiszorg Molenbeke ?")]
    [InlineData("Ik heb een diploma secundair onderwijs en heb pas een jaar mijn rijbewijs. Kan ik begeleider worden bij Ankerhuis?")]
    public async Task ALicenceHeldTooBriefly_IsANo(string question)
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een diploma secundair onderwijs en een rijbewijs B. Kan ik chauffeur worden bij Thuiszorg Molenbeke?")]
    [InlineData("I have a secondary school diploma and a B driving licence. Can I become a guide at Ankerhuis?")]
    public async Task ALicenceOfWhichNoTimeWasSaid_IsAskedAbout(string question)
    {
        Assert.Equal("need-info", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een diploma secundair onderwijs en mijn rijbewijs B al sinds 2015. Kan ik chauffeur worden bij Thuiszorg Molenbeke?")]
    [InlineData("Ik heb een diploma secundair onderwijs en heb al 5 jaar mijn rijbewijs. Kan ik begeleider worden bij Ankerhuis?")]
    [InlineData("Ik heb een diploma TSO en mijn rijbewijs C sinds 2018. Kan ik onderhoudsmonteur worden bij Brielmoer?")]
    public async Task ALicenceHeldLongEnough_KeepsTheYes(string question)
    {
        Assert.Equal("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik ben 19 en sportief, maar op zaterdag werk ik niet. Kan ik fietskoerier worden bij Ter Velde?")]
    [InlineData("I'm 19 and fit, but I never work on Saturdays. Can I be a bike courier at Ter Velde?")]
    [InlineData("Ik ben 19, maar zaterdagwerk doe ik liever niet. Kan ik fietskoerier worden bij Ter Velde?")]
    public async Task ADayTheVacancyNamesRefused_IsNoYes(string question)
    {
        Assert.NotEqual("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task ADayNoSentenceNames_KeepsTheYes()
    {
        Assert.Equal("eligible", (await _vacancies.AskAsync("Ik ben 19, sportief, maar op zondag werk ik niet. Kan ik fietskoerier worden bij Ter Velde?")).Verdict);
    }

    [Fact]
    public async Task NoLicenceInFrench_IsStillNoLicence()
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync("J'ai un diplôme secondaire mais pas de permis de conduire. Puis-je postuler chez Thuiszorg Molenbeke ?")).Verdict);
    }

    public void Dispose() => _vacancies.Dispose();
}
