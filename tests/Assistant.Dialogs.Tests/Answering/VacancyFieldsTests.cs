using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// "Something in a field" over all vacancies lists the vacancies whose title or employer names it; a word that names none
/// leaves the list whole.
/// </summary>
public sealed class VacancyFieldsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public VacancyFieldsTests()
    {
        _vacancies.Write("woonzorgcentrum-de-beuk-verpleegkundige", """
            Woonzorgcentrum De Beuk zoekt een verpleegkundige (m/v/x)

            Jouw job
            Je verzorgt de bewoners van de afdeling.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@debeuk.be.
            """);
        _vacancies.Write("gemeente-ekelbeke-technicus", """
            Gemeente Ekelbeke zoekt een technicus gebouwen (m/v/x)

            Jouw job
            Je onderhoudt de gemeentelijke gebouwen.

            Solliciteren
            Solliciteren kan tot en met 20 januari 2027 via jobs@ekelbeke.be.
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Hebben jullie iets in de verpleegkunde?")]
    [InlineData("Do you have any nursing or care jobs? Something like a woonzorgcentrum?")]
    public async Task SomethingInAField_ListsTheVacanciesNamingIt(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("vacancies", answer.Intent);
        Assert.Contains("woonzorgcentrum-de-beuk-verpleegkundige", answer.VacancyIds);
        Assert.DoesNotContain("gemeente-ekelbeke-technicus", answer.VacancyIds);
    }

    [Fact]
    public async Task FieldNoVacancyNames_KeepsTheWholeList()
    {
        var answer = await _vacancies.AskAsync("Hebben jullie iets in de landbouw?");

        Assert.Equal(2, answer.VacancyIds.Count);
    }
}
