using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A deadline question that also asks how the application may be sent (by post, handed in, by mail) gets the document's
/// sentence on the ways to apply next to the deadline; one that does not ask keeps the plain deadline. Invented employers.
/// </summary>
public sealed class DeadlineChannelTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 25, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Mag ik mijn kandidatuur nog aangetekend opsturen voor hersteller bij Zevenbronnen?")]
    [InlineData("Can I still send my application by post for the repair job at Zevenbronnen, does the postmark count?")]
    [InlineData("Puis-je encore envoyer ma candidature par la poste pour le poste de réparateur à Zevenbronnen ?")]
    public async Task DeadlineAskedWithThePost_QuotesTheSentenceOnTheWaysToApply(string question)
    {
        WriteWithDeadlineSentence();

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains("poststempel", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HandingInAskedWhileTheWaysStandInAnotherSentence_QuotesThatSentence()
    {
        _vacancies.Write("gemeente-lindebeek-onthaalmedewerker", """
            GEMEENTE LINDEBEEK

            Onthaalmedewerker (m/v/x)

            Solliciteren
            Solliciteren kan tot en met 30 januari 2027.
            Je cv en motivatiebrief bezorg je per mail aan vacatures@lindebeek.be of je geeft ze af aan het onthaal van het gemeentehuis.
            """);

        var answer = await _vacancies.AskAsync("Kan ik mijn brief vandaag nog afgeven voor onthaalmedewerker in Lindebeek?");

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains("onthaal van het gemeentehuis", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DeadlineAskedWithoutAWayOfSending_KeepsThePlainDeadline()
    {
        WriteWithDeadlineSentence();

        var answer = await _vacancies.AskAsync("Tot wanneer kan ik solliciteren voor hersteller bij Zevenbronnen?");

        Assert.Equal("deadline", answer.Intent);
        Assert.DoesNotContain("poststempel", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    private void WriteWithDeadlineSentence() => _vacancies.Write("woonmaatschappij-zevenbronnen-hersteller", """
        WOONMAATSCHAPPIJ ZEVENBRONNEN

        Hersteller (m/v/x)

        Solliciteren
        Je kandidatuur moet ons bereiken uiterlijk op 30 januari 2027, via het online formulier of aangetekend per post (de datum van de poststempel telt).
        """);
}
