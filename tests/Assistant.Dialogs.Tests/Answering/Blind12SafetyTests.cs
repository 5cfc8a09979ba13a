using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// The classes behind session 28's wrong "eligible" answers on a fresh part, with invented employers and wording: a
/// licence category named under a heading that itself only says "Rijbewijs"; a nationality condition under a sub-heading
/// that names a moment ("Uiterlijk bij indiensttreding") and wrapped over lines, binding the statutory post only; a part of
/// the experience that must be leadership, said in a sentence of its own ("Minstens één jaar daarvan …"); and an exclusion of
/// partners or relatives of office holders.
/// </summary>
public sealed class Blind12SafetyTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Blind12SafetyTests()
    {
        _vacancies.Write("polder-ostrand-dijkwerker", """
            Polderbestuur Ostrand – vacature dijkwerker (m/v/x)

            Wat vragen we?

            1. Diploma
            Je hebt een diploma secundair onderwijs.
            2. Rijbewijs
            Je hebt een rijbewijs van de categorie C1E: je rijdt met de kraanwagen en de aanhangwagen naar de werven aan
            de dijken en de sluizen.

            Solliciteren tot en met 31 januari 2027 via jobs@ostrand.be.
            """);
        _vacancies.Write("cpas-ixelmont-administratief-medewerker", """
            OCMW Ixelmont – administratief medewerker (m/v/x), niveau C, statutair

            Toelatingsvoorwaarden

            Op de uiterste inschrijvingsdatum:
            - Je hebt een diploma secundair onderwijs.

            Uiterlijk bij indiensttreding:
            - Je bent medisch geschikt.

            Nationaliteit. Voor een vaste benoeming moet je onderdaan zijn van een lidstaat van de Europese
            Economische Ruimte of van Zwitserland. Voor tijdelijke contracten uit de reserve geldt deze voorwaarde
            niet.

            Kandidaturen tot en met 29 januari 2027 via personeel@ixelmont.be.
            """);
        _vacancies.Write("intercommunale-veldwijk-teamcoach", """
            Intercommunale Veldwijk zoekt een teamcoach afvalbeheer (m/v/x)

            Profiel
            Je hebt een bachelordiploma. Je hebt minstens vier jaar ervaring in afvalbeheer of recyclage. Minstens twee jaar
            daarvan stuurde je een team aan als leidinggevende.

            Solliciteren tot 25 januari 2027 via jobs@veldwijk.be.
            """);
        _vacancies.Write("kerkfabriek-heuvelbeek-boekhouder", """
            Kerkbestuur Heuvelbeek – boekhouder (m/v/x), deeltijds

            Voorwaarden
            - Je hebt een bachelor in de boekhouding.
            - Uitgesloten zijn: de leden van de raad van bestuur, hun bloed- en aanverwanten tot in de tweede graad en hun
              echtgenoot of partner.

            Solliciteren tot 28 januari 2027 via secretariaat@heuvelbeek.be.
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Ik heb een diploma TSO en enkel rijbewijs B. Kan ik dijkwerker worden in Ostrand?")]
    [InlineData("I have a secondary school diploma and a C licence. Can I apply for the dike worker job in Ostrand?")]
    public async Task LicenceCategoryUnderABareHeading_IsTheOneRequired(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("not-eligible", answer.Verdict);
        Assert.Contains("C1E", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik ben Marokkaan en heb een diploma secundair onderwijs. Kan ik solliciteren als administratief medewerker bij het OCMW Ixelmont?", "tijdelijke contracten")]
    [InlineData("I'm Brazilian with a secondary school diploma. Can I apply for the administrative job at OCMW Ixelmont?", "tijdelijke contracten")]
    public async Task NationalityForTheStatutoryPostOnly_IsANoThatShowsWhomItDoesNotBind(string question, string limit)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("not-eligible", answer.Verdict);
        Assert.Contains(limit, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalityOfTheEeaWrappedOverLines_AdmitsASwissOrNorwegianCandidate()
    {
        var answer = await _vacancies.AskAsync("Ik ben Noor en heb een diploma secundair onderwijs. Kan ik solliciteren bij het OCMW Ixelmont?");

        Assert.NotEqual("not-eligible", answer.Verdict);
    }

    [Theory]
    [InlineData("Bachelor milieukunde, 6 jaar ervaring in afvalbeheer maar nooit leiding gegeven. Kan ik teamcoach worden bij Veldwijk?", "not-eligible")]
    [InlineData("Bachelor milieukunde en 6 jaar ervaring in afvalbeheer. Kan ik teamcoach worden bij Veldwijk?", "need-info")]
    [InlineData("Bachelor milieukunde, 6 jaar ervaring in afvalbeheer, waarvan 3 jaar als leidinggevende. Kan ik teamcoach worden bij Veldwijk?", "eligible")]
    public async Task LeadershipPartSaidInASentenceOfItsOwn_IsChecked(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Mijn vrouw zit in de raad van bestuur van de kerkfabriek. Ik heb een bachelor boekhouding. Kan ik boekhouder worden in Heuvelbeek?")]
    [InlineData("My brother is on the board in Heuvelbeek. I have a bachelor in accountancy, can I apply for the bookkeeper job?")]
    public async Task ATieToAnOfficeHolderTheVacancyExcludes_IsANo(string question)
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Fact]
    public async Task ExclusionOfRelatives_IsQuotedToCheckWhenTheCandidateSaysNothingOfATie()
    {
        var answer = await _vacancies.AskAsync("Ik heb een bachelor boekhouding. Kan ik boekhouder worden in Heuvelbeek?");

        Assert.Equal("eligible", answer.Verdict);
        Assert.Contains("Uitgesloten zijn", answer.Text, StringComparison.Ordinal);
    }
}
