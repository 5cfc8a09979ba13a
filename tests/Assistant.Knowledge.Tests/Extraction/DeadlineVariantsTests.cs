namespace Assistant.Knowledge.Tests.Extraction;
/// <summary>
/// Deadline sentences written differently by different employers (invented): the mailbox or form in the same sentence,
/// "uiterlijk op" with a numeric date, a box or table row, the period that "loopt tot", the vacancy that "staat open tot".
/// </summary>
public sealed class DeadlineVariantsTests
{
    [Theory]
    [InlineData("Praktisch\n\nJe kandidatuur (cv + motivatiebrief) verwachten we uiterlijk op 14/03/2027 in de mailbox jobs@voorbeeld.be.")]
    [InlineData("Hoe solliciteren?\n\nMail naar selectie@voorbeeld.be, uiterlijk op 14.03.2027 om 23u59.")]
    [InlineData("Kandidaatstelling\n\nDe kandidaturen moeten uiterlijk op 14-03-2027 toekomen bij het college van burgemeester en schepenen.")]
    [InlineData("Info\n\n| Uiterlijk solliciteren | 14/03/2027 |")]
    [InlineData("Info\n\n| Sollicitaties tot | 14 maart 2027 |")]
    [InlineData("Info\n\nInschrijven kan tot en met zondag 14 maart 2027.")]
    [InlineData("Info\n\nReageer vóór 15 maart 2027 via ons online sollicitatieformulier.")]
    [InlineData("Contact\n\nInteresse? Bezorg ons je cv en motivatie uiterlijk 14/3/2027, per mail aan hr@voorbeeld.be of per post.")]
    [InlineData("Solliciteren\n\nDe uiterste datum om je kandidatuur in te dienen is 14 maart 2027.")]
    [InlineData("Solliciteren\n\nWe ontvangen je sollicitatie graag ten laatste op 14 maart 2027.")]
    [InlineData("Timing\n\nKandidaturen: tot 14/03/2027\nSchriftelijke proef: 25/03/2027")]
    [InlineData("Timing\n\nKandidatuurstelling: 01/03/2027 - 14/03/2027\nSchriftelijke proef: 25/03/2027")]
    [InlineData("Hoe kandidaat stellen?\n\nVul het sollicitatieformulier in op www.voorbeeld.be/jobs en dit uiterlijk op 14 maart 2027.")]
    [InlineData("Selectie\n\nDe sollicitatieperiode loopt tot 14 maart 2027.")]
    [InlineData("Selectie\n\nDe vacature staat open tot en met 14 maart 2027.")]
    [InlineData("Selectie\n\nDe sollicitaties worden afgesloten op 14 maart 2027 om 12 uur.")]
    [InlineData("Jouw sollicitatie\n\nStuur ten laatste op 14 maart 2027 je cv, een kopie van je diploma en je attest naar vacature@voorbeeld.be.")]
    [InlineData("Jouw sollicitatie\n\nWe verwachten je motivatiebrief en cv uiterlijk 14 maart 2027 (poststempel geldt als bewijs).")]
    [InlineData("Solliciteren\n\nVul het online formulier in op www.voorbeeld.be/zomerjobs t.e.m. 14/03/2027. Voeg je cv toe.")]
    [InlineData("Aanmelden\n\nHet webformulier op onze site kan je invullen tot en met 14.03.2027.")]
    [InlineData("Hoe reageren?\n\nGebruik het inschrijvingsformulier op jobs.voorbeeld.be; dat kan t/m 14 maart 2027.")]
    [InlineData("Interesse?\n\nSolliciteer online via het formulier hieronder, met je cv. Dat kan tot en met zondag 14 maart 2027 om middernacht.")]
    [InlineData("Hoe?\n\nStuur je kandidatuur naar jobs@voorbeeld.be. Dit kan nog tot 14/03/2027.")]
    public void Find_DeadlineWrittenAnotherWay_GivesTheLastDay(string body)
    {
        var sut = TestKnowledge.FromText($"Boekhouder (C1-C3)\n\n{body}");
        Assert.Equal(new DateOnly(2027, 3, 14), sut.ApplicationDeadline?.LastDay);
    }

    [Theory]
    [InlineData("Interne kandidaten solliciteren ten laatste op 15 januari 2027. Externe kandidaten kunnen solliciteren tot en met 29 januari 2027.")]
    [InlineData("Externe kandidaten: je kandidatuur moet ons bereiken uiterlijk op 29 januari 2027.\nInterne kandidaten: je stelt je kandidaat ten laatste op 15 januari 2027 bij de personeelsdienst.")]
    [InlineData("Personeelsleden solliciteren uiterlijk op 15 januari 2027 via het intranet. Alle andere kandidaten solliciteren tot en met 29 januari 2027.")]
    public void Find_DeadlineForStaffBesideTheOneForEveryone_TheInternalOneIsKeptApart(string sentences)
    {
        var sut = TestKnowledge.FromText($"Tuinier\n\nSolliciteren\n\n{sentences}");

        Assert.Equal(new DateOnly(2027, 1, 29), sut.ApplicationDeadline!.Date);
        Assert.Equal(new DateOnly(2027, 1, 15), sut.OtherDeadlines.Single(d => d.Kind == "internal-application").Date);
    }
}
