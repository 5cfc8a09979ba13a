using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// "Can the interview be done online?" in English or French: documents that never speak of taking part remotely do not
/// answer it (the documents don't say, with the contact); documents that do are quoted or listed as usual.
/// </summary>
public sealed class RemoteStepTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public RemoteStepTests()
    {
        _vacancies.Write("gemeente-testveld-projectleider", """
            Gemeente Testveld

            Projectleider mobiliteit (m/v/x)

            Selectieprocedure
            - Schriftelijke proef op 1 maart 2027.
            - Selectiegesprek op 8 maart 2027 in het gemeentehuis.

            Solliciteren
            Solliciteer tot en met 15 februari 2027 via jobs@testveld.be.
            Vragen? Bel An Peeters, 011 99 88 77.
            """);
        _vacancies.Write("gemeente-oostveld-projectleider", """
            Gemeente Oostveld

            Projectleider wegen (m/v/x)

            Selectieprocedure
            - Selectiegesprek op 8 maart 2027; het gesprek kan ook online via Teams.

            Solliciteren
            Solliciteer tot en met 15 februari 2027 via jobs@oostveld.be.
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Can the selection interview for the Testveld mobility project leader be done online?")]
    [InlineData("Est-ce que l'entretien pour le chef de projet mobilité à Testveld peut se faire à distance ?")]
    [InlineData("Is a video interview possible for the project leader mobility job in Testveld?")]
    public async Task RemoteStep_TheDocumentsNeverMention_IsNotInTheDocuments(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("none", answer.Source);
        Assert.Contains("011 99 88 77", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoteStep_TheDocumentsMention_IsNotSaidToBeUnstated()
    {
        var answer = await _vacancies.AskAsync("Can the selection interview for the Oostveld project leader be done online?");

        Assert.NotEqual("none", answer.Source);
    }
}
