using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// After an eligibility answer, a statement of the candidate's own facts (no question) goes on with eligibility for that
/// vacancy, whatever other intent its words suggest; a real question after it is answered as itself (invented vacancy).
/// </summary>
public sealed class FactsAfterEligibilityTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public FactsAfterEligibilityTests()
    {
        _vacancies.Write("gemeente-hamme-boekhouder", """
            Gemeente Hamme – boekhouder (B1-B3)

            Profiel
            - Je hebt een bachelordiploma.
            - Je hebt een rijbewijs B.

            Meer info bij Ann Peeters, 052 11 22 33. Solliciteer tot en met 31 januari 2027 via jobs@hamme.example.
            """);
        _vacancies.Write("zorgcentrum-lede-verpleegkundige", """
            Zorgcentrum Lede – verpleegkundige (m/v/x)

            Wat vragen we?
            - Je hebt een bachelordiploma in de verpleegkunde.
            - Buitenlands diploma? Dan heb je een gelijkwaardigheid van NARIC nodig.

            Info: Els Maes, 053 44 55 66, jobs@zclede.example. Solliciteer tot en met 31 januari 2027.
            """);
    }

    [Theory]
    [InlineData("Kan ik boekhouder worden in Hamme? Ik heb een rijbewijs B.", "Mijn diploma is een bachelor, en mijn telefoonnummer en contactgegevens staan op mijn cv")]
    [InlineData("Can I be the accountant in Hamme? I have a B licence.", "I hold a bachelor degree, my contact details are on my CV")]
    public async Task AStatementOfOwnFactsAfterAnEligibilityAnswer_GoesOnWithEligibility(string first, string statement)
    {
        var answers = await _vacancies.AskInTurnAsync(first, statement);

        Assert.Equal("eligibility", answers[1].Intent);
        Assert.Equal("eligible", answers[1].Verdict);
    }

    [Theory]
    [InlineData("het is een bachelor in nursing uit Spanje, mijn visum en riziv nummer heb ik al")]
    [InlineData("it is a bachelor in nursing from Spain, my visa and registration number are in order")]
    public async Task FactsThatReadAsAContactQuestion_AnswerTheDialogsQuestion(string statement)
    {
        var answers = await _vacancies.AskInTurnAsync("Ik heb een diploma uit het buitenland, kan ik verpleegkundige worden in Lede?", statement);

        Assert.Equal("eligibility", answers[1].Intent);
    }

    [Fact]
    public async Task AQuestionAfterAnEligibilityAnswer_IsAnsweredAsItself()
    {
        var answers = await _vacancies.AskInTurnAsync("Kan ik boekhouder worden in Hamme? Ik heb een rijbewijs B.", "Wie is de contactpersoon?");

        Assert.NotEqual("eligibility", answers[1].Intent);
    }

    public void Dispose() => _vacancies.Dispose();
}
