namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A contact sentence that opens with the person after a question or a colon in the same line ("Vragen over de job? Jan
/// Peeters, teamleider, tel. …"), and numbers that are an enterprise or bank number rather than a phone.
/// </summary>
public sealed class ContactLeadTests
{
    [Theory]
    [InlineData("Vragen over de job? Koen Maes, teamleider technische dienst, tel. 050 12 34 56.", "Koen Maes")]
    [InlineData("Inhoudelijke vragen? Sara Van den Broeck, diensthoofd groen, 050 12 34 56.", "Sara Van den Broeck")]
    [InlineData("Wil je meer weten over de functie? Pieter De Smet - coördinator - 0470 12 34 56", "Pieter De Smet")]
    [InlineData("Info over de selectie: Els Janssens, personeelsdienst, els.janssens@voorbeeld.be", "Els Janssens")]
    [InlineData("Bel of mail Joke Verhaeghe, coördinator sociale dienst – 051 62 00 90 – joke@voorbeeld.be.", "Joke Verhaeghe")]
    [InlineData("Heb je een vraag? Bel Tom Claes op 050 33 44 55.", "Tom Claes")]
    [InlineData("Mail An De Wolf (HR) via an.dewolf@voorbeeld.be.", "An De Wolf")]
    public void Find_PersonAfterAQuestionLead_KeepsTheName(string line, string name)
    {
        var sut = TestKnowledge.FromText($"Tuinier\n\nContact\n\n{line}").Contacts;

        Assert.Contains(sut, c => c.Name == name);
    }

    [Fact]
    public void Find_SecondPersonWithTheApplicationAddress_NamesThatContact()
    {
        var sut = TestKnowledge.FromText("Tuinier\n\nSolliciteren\n\nStuur je kandidatuur naar jobs@voorbeeld.be.\n"
            + "Vragen over de procedure? Lotte Peeters, personeelsdienst, tel. 050 44 55 66, jobs@voorbeeld.be").Contacts;

        var contact = Assert.Single(sut, c => c.Email == "jobs@voorbeeld.be");
        Assert.Equal(("Lotte Peeters", "050 44 55 66"), (contact.Name, contact.Phone));
    }

    [Theory]
    [InlineData("Voorbeeld cv - ondernemingsnummer 0412.776.190")]
    [InlineData("Stad Voorbeeld, KBO-nr. 0207 123 456")]
    [InlineData("BTW BE 0456.789.123 - Marktplein 1")]
    [InlineData("Rekeningnummer: BE12 0012 3456 7890")]
    public void Find_EnterpriseOrBankNumber_IsNoPhone(string line)
    {
        var sut = TestKnowledge.FromText($"Tuinier\n\nContact\n\nVragen? Bel 050 12 34 56.\n{line}").Contacts;

        Assert.All(sut, c => Assert.Equal("050 12 34 56", c.Phone));
    }

    [Theory]
    [InlineData("Over de inhoud van de job: adjudant Koen Maes, verantwoordelijke werkplaats,\n0493 27 00 40.", "Koen Maes")]
    [InlineData("Inhoudelijke vragen over de functie: mevrouw Ann Claes, diensthoofd,\nann.claes@voorbeeld.be", "Ann Claes")]
    [InlineData("Over de job zelf: commissaris Pieter Wouters,\n09 388 00 10.", "Pieter Wouters")]
    public void Find_NameLineBrokenBeforeTheNumber_KeepsNameAndTopic(string lines, string name)
    {
        var sut = TestKnowledge.FromText($"Mechanieker\n\nMeer weten?\n\n{lines}\nOver de selectie: dienst Personeel, personeel@voorbeeld.be.").Contacts;

        var contact = Assert.Single(sut, c => c.Name == name);
        Assert.Contains("content", contact.Topics);
    }
}
