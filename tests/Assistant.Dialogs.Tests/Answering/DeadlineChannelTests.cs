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

    [Theory]
    [InlineData("Can I still send a registered letter today for the receptionist job in Lindebeek?", "aangetekende brief")]
    [InlineData("Tot wanneer kan ik mijn dossier aan de balie afgeven voor onthaalmedewerker in Lindebeek?", "loket")]
    [InlineData("Jusqu'à quand puis-je encore déposer mon dossier au guichet pour le poste d'accueil à Lindebeek ?", "loket")]
    public async Task DeadlineAskedWithARegisteredLetterOrADesk_QuotesThatWay(string question, string quoted)
    {
        _vacancies.Write("gemeente-lindebeek-onthaalmedewerker", """
            GEMEENTE LINDEBEEK

            Onthaalmedewerker (m/v/x)

            Solliciteren
            Solliciteren kan tot en met 30 januari 2027.
            Je kandidatuur stuur je met een aangetekende brief naar de personeelsdienst.
            Je kan je dossier ook afgeven aan het loket van het gemeentehuis, tegen ontvangstbewijs.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains(quoted, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DeadlineAskedWithoutAWayOfSending_KeepsThePlainDeadline()
    {
        WriteWithDeadlineSentence();

        var answer = await _vacancies.AskAsync("Tot wanneer kan ik solliciteren voor hersteller bij Zevenbronnen?");

        Assert.Equal("deadline", answer.Intent);
        Assert.DoesNotContain("poststempel", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Ik wil per post solliciteren voor begeleider bij Hoevedonk. Is dat vandaag nog op tijd?")]
    [InlineData("Kan ik mijn brief vandaag nog op de post doen voor de begeleider in Hoevedonk?")]
    [InlineData("If I post my letter today for the Hoevedonk support worker job, is that still in time?")]
    [InlineData("Si j'envoie ma lettre par la poste aujourd'hui pour Hoevedonk, est-ce encore à temps ?")]
    public async Task PostAskedWhileTheWaysStandInAListAndTheProofApart_QuotesTheProofSentence(string question)
    {
        _vacancies.Write("ocmw-hoevedonk-begeleider", """
            OCMW HOEVEDONK

            Begeleider (m/v/x)

            Kandidaatstelling
            Kandidaturen worden ingediend tot en met maandag 25 januari 2027:
            - via het webformulier op www.hoevedonk.be/jobs (tot 23.59 uur), of
            - per post aan het OCMW, dienst personeel, Kerkstraat 1, Hoevedonk.
            De datum van de poststempel geldt als bewijs.
            """);

        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains("poststempel", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MailAskedWhileTheWaysStandInAList_QuotesTheMailItem()
    {
        _vacancies.Write("ocmw-hoevedonk-begeleider", """
            OCMW HOEVEDONK

            Begeleider (m/v/x)

            Kandidaatstelling
            Stuur je cv en motivatiebrief ten laatste op 25 januari 2027:
            - per e-mail naar jobs@hoevedonk.be, of
            - per post aan het OCMW, Kerkstraat 1, Hoevedonk.
            """);

        var answer = await _vacancies.AskAsync("Kan ik vandaag nog per mail solliciteren voor begeleider in Hoevedonk?");

        Assert.Contains("jobs@hoevedonk.be", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    private void WriteWithDeadlineSentence() => _vacancies.Write("woonmaatschappij-zevenbronnen-hersteller", """
        WOONMAATSCHAPPIJ ZEVENBRONNEN

        Hersteller (m/v/x)

        Solliciteren
        Je kandidatuur moet ons bereiken uiterlijk op 30 januari 2027, via het online formulier of aangetekend per post (de datum van de poststempel telt).
        """);

    [Theory]
    [InlineData("Je brief moet uiterlijk op vrijdag 29 januari 2027 om 16 uur in ons bezit zijn.", "in ons bezit")]
    [InlineData("Kandidaturen op papier dienen ten laatste op 29 januari 2027 bij de personeelsdienst ontvangen te zijn.", "ontvangen te zijn")]
    [InlineData("Een brief per post moet op vrijdag 29 januari 2027 vóór de middag bij ons zijn aangekomen.", "aangekomen")]
    public async Task PostAskedWhenTheLetterMustHaveArrived_QuotesTheArrivalSentence(string arrival, string quoted)
    {
        _vacancies.Write("gemeente-hazeldonk-boekhouder", $"""
            GEMEENTE HAZELDONK

            Boekhouder (m/v/x)

            Solliciteren
            Solliciteren kan tot en met vrijdag 29 januari 2027, online via www.hazeldonk.be of per post:
            - met een brief aan het college van burgemeester en schepenen, Dorpsplein 1, 2990 Hazeldonk.
            {arrival}
            """);

        var answer = await _vacancies.AskAsync("Als ik mijn brief voor boekhouder in Hazeldonk donderdag per post verstuur, is dat nog op tijd?");

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains(quoted, answer.Text, StringComparison.Ordinal);
    }
}
