using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Which vacancy a turn is about when the question does not name it by title, employer or place: a word only one vacancy's
/// documents use refers to it, and a follow-up whose words are only parts of another vacancy's title stays with the
/// conversation's vacancy when its documents use them. Invented employers.
/// </summary>
public sealed class VacancyReferenceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public VacancyReferenceTests()
    {
        _vacancies.Write("intercommunale-gavermeer-elektromechanicus", """
            INTERCOMMUNALE GAVERMEER

            Elektromechanicus (m/v/x)

            Aanbod
            Bruto maandloon van € 2.600,00 tot € 3.900,00.
            Nachtpremie: 25% per gepresteerd nachtuur tijdens de wachtdienst.

            Contact: Ruben Vercauteren, 051 22 33 44, jobs@gavermeer.be
            """);
        _vacancies.Write("zorggroep-wolvenrode-verpleegkundige-nachtdienst", """
            ZORGGROEP WOLVENRODE

            Verpleegkundige nachtdienst (m/v/x)

            Over ons
            Ons woonzorgcentrum Hof ter Linden telt 90 bewoners.

            Aanbod
            Bruto maandloon van € 2.900,00 tot € 4.500,00.

            Contact: Els Dewitte, 056 11 22 33, jobs@wolvenrode.be
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Is er een parking aan Hof ter Linden?")]
    [InlineData("Is there a car park at Hof ter Linden?")]
    public async Task WordOnlyOneVacancysDocumentsUse_AnswersForThatVacancy(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(["zorggroep-wolvenrode-verpleegkundige-nachtdienst"], answer.VacancyIds);
    }

    [Theory]
    [InlineData("et c'est combien la prime de nuit ?")]
    [InlineData("en hoeveel is de nachtpremie?")]
    [InlineData("and how much is the night premium?")]
    public async Task FollowUpWithAPartOfAnotherTitle_StaysWithTheVacancyWhoseDocumentsUseIt(string followUp)
    {
        var answers = await _vacancies.AskInTurnAsync("Wat is het loon voor elektromechanicus bij Gavermeer?", followUp);

        Assert.Equal(["intercommunale-gavermeer-elektromechanicus"], answers[1].VacancyIds);
    }

    [Fact]
    public async Task FollowUpNamingAnotherTitleWhole_MovesToThatVacancy()
    {
        var answers = await _vacancies.AskInTurnAsync("Wat is het loon voor elektromechanicus bij Gavermeer?", "en voor de verpleegkundige?");

        Assert.Equal(["zorggroep-wolvenrode-verpleegkundige-nachtdienst"], answers[1].VacancyIds);
    }
}
