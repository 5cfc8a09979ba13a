using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Wrong "eligible" classes found by probing invented vacancies with candidate phrasings nobody tuned on (session 28): a
/// refusal said after the working time ("nachten werk ik niet"); experience that must have been with a public employer
/// while the candidate names a private one; a condition on where the candidate lives. Each with a yes that still holds.
/// </summary>
public sealed class ConditionProbeTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public ConditionProbeTests()
    {
        _vacancies.Write("gemeente-brielhove-magazijnier", """
            Gemeente Brielhove – magazijnier uitleendienst (m/v/x), D1-D3

            Profiel
            - Je hebt een diploma secundair onderwijs.
            - Je bent bereid om op zaterdag en zondag te werken tijdens evenementen.
            - Je woont binnen een straal van 15 km rond Brielhove.
            - Je bezorgt een uittreksel uit het strafregister zonder veroordelingen.

            Solliciteer tot en met 30 januari 2027 via jobs@brielhove.be.
            """);
        _vacancies.Write("provincie-kempenrode-jurist", """
            Provincie Kempenrode – jurist omgevingsrecht (m/v/x), A1a-A3a

            Wat vragen we?
            - Je hebt een master in de rechten.
            - Je hebt minstens 3 jaar ervaring in omgevingsrecht in de openbare sector.

            Solliciteer tot en met 30 januari 2027 via jobs@kempenrode.be.
            """);
        _vacancies.Write("gemeente-oudevorst-archivaris", """
            Gemeente Oudevorst – archivaris (m/v/x), A1a-A3a

            Voorwaarden
            - Je hebt een masterdiploma of een diploma van het hoger onderwijs van het lange type.

            Solliciteer tot en met 30 januari 2027 via jobs@oudevorst.be.
            """);
        _vacancies.Write("stad-hemmegem-onthaal", """
            Stad Hemmegem – onthaalmedewerker (m/v/x), C1-C3

            Voorwaarden
            - Je hebt een diploma van het hoger secundair onderwijs.

            Solliciteer tot en met 30 januari 2027 via jobs@hemmegem.be.
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Ik heb een professionele bachelor en 15 jaar ervaring. Kan ik archivaris worden in Oudevorst?")]
    [InlineData("I have a bachelor-after-bachelor in archives. Can I apply for the archivist job in Oudevorst?")]
    public async Task HigherEducationOfTheLongType_IsNoBachelorRoute(string question)
    {
        Assert.NotEqual("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("I only finished lower secondary school. Can I apply for the reception job in Hemmegem?")]
    [InlineData("Ik heb alleen lager secundair gedaan. Kan ik onthaalmedewerker worden in Hemmegem?")]
    [InlineData("I only finished the first two years of secondary school. Reception job Hemmegem?")]
    [InlineData("Ik heb maar vier jaar middelbaar gedaan. Kan ik onthaalmedewerker worden in Hemmegem?")]
    [InlineData("J'ai fait seulement deux ans de secondaire. Puis-je postuler à Hemmegem ?")]
    public async Task LowerSecondaryOnly_IsNoSecondaryDiploma(string question)
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een diploma ASO. Weekends werk ik niet, kan ik magazijnier worden in Brielhove?")]
    [InlineData("Diploma secundair, maar zondagen zijn voor mij geen optie. Magazijnier Brielhove?")]
    [InlineData("I have a secondary school diploma but weekends are not an option for me. Can I apply in Brielhove?")]
    public async Task RefusalSaidAfterTheTime_FailsTheAvailability(string question)
    {
        Assert.Equal("not-eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een diploma ASO en ik woon op 40 km van Brielhove. Kan ik magazijnier worden?", "not-eligible")]
    [InlineData("I have a secondary school diploma and I live 9 km from Brielhove. Can I apply for the warehouse job?", "eligible")]
    [InlineData("Ik heb een diploma ASO en ik woon in Antwerpen. Kan ik magazijnier worden in Brielhove?", "need-info")]
    public async Task WhereTheCandidateLives_IsCheckedAgainstTheDistance(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Master rechten, 5 jaar ervaring in omgevingsrecht bij een advocatenkantoor en een studiebureau. Jurist Kempenrode?", "not-eligible")]
    [InlineData("Master rechten en 4 jaar ervaring in omgevingsrecht bij de stad Gent. Kan ik jurist worden in Kempenrode?", "eligible")]
    [InlineData("Master in law, 6 years of experience in environmental law at a private company. Can I apply in Kempenrode?", "not-eligible")]
    public async Task ExperienceThatMustBePublic_IsJudgedOnTheEmployerNamed(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een diploma ASO maar ik heb een veroordeling voor diefstal. Kan ik magazijnier worden in Brielhove?", "not-eligible")]
    [InlineData("Secondary school diploma, but I have a criminal record. Can I apply for the warehouse job in Brielhove?", "not-eligible")]
    [InlineData("Ik heb een diploma ASO en een blanco strafregister. Kan ik magazijnier worden in Brielhove?", "eligible")]
    public async Task AConvictionTheVacancyExcludes_IsANo(string question, string verdict)
    {
        Assert.Equal(verdict, (await _vacancies.AskAsync(question)).Verdict);
    }
}
