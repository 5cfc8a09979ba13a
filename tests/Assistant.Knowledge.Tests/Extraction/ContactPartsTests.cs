namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>One contact sentence naming several people, each with a number and a topic, gives one contact per person.</summary>
public sealed class ContactPartsTests
{
    [Fact]
    public void Find_TwoPeopleSplitByADash_GivesTwoContactsWithTheirOwnTopics()
    {
        var sut = TestKnowledge.FromText("Tuinier\n\nInteresse?\n\nContact: Jan Wouters, diensthoofd groen, 050 12 34 56 (inhoud van de job) – Lies Martens, personeelsdienst, 050 12 34 78 (procedure).").Contacts;

        Assert.Equal(2, sut.Count);
        Assert.Equal(("Jan Wouters", "050 12 34 56", "content"), (sut[0].Name, sut[0].Phone, sut[0].Topics[0]));
        Assert.Equal(("Lies Martens", "personeelsdienst", "050 12 34 78", "procedure"), (sut[1].Name, sut[1].Role, sut[1].Phone, sut[1].Topics[0]));
    }

    [Fact]
    public void Find_OnePersonWithPhoneAndMail_StaysOneContact()
    {
        var sut = TestKnowledge.FromText("Tuinier\n\nInteresse?\n\nVragen? Contacteer Jan Wouters, 050 12 34 56 - jan.wouters@test.be.").Contacts;

        var contact = Assert.Single(sut);
        Assert.Equal(("050 12 34 56", "jan.wouters@test.be"), (contact.Phone, contact.Email));
    }
}
