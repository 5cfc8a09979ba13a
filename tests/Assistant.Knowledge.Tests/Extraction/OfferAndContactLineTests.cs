using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// The offer under a heading worded otherwise ("Wat kan je nog van ons verwachten?", "Arbeidsvoorwaarden") or under a
/// heading no rule reads but holding a list of known benefits; a contact line that opens with the person's name.
/// </summary>
public sealed class OfferAndContactLineTests
{
    [Theory]
    [InlineData("Wat kan je nog van ons verwachten?")]
    [InlineData("Wat mag jij verder verwachten")]
    [InlineData("Arbeidsvoorwaarden")]
    [InlineData("Wat staat er tegenover?")]
    public void OfHeading_OfferWordedOtherwise_IsOffer(string heading) =>
        Assert.Equal(Topic.Offer, TopicRules.OfHeading(heading));

    [Theory]
    [InlineData("Wat verwachten we van jou?")]
    [InlineData("Toelatingsvoorwaarden")]
    public void OfHeading_WhatWeAsk_StaysRequirements(string heading) =>
        Assert.Equal(Topic.Requirements, TopicRules.OfHeading(heading));

    [Fact]
    public void Find_BenefitListUnderAnUnreadHeading_ListsTheBenefits()
    {
        var sut = TestKnowledge.FromText("Medewerker archief\n\nEn verder\n\n- Ecocheques en maaltijdcheques van € 7\n- 32 verlofdagen\n- Fietsvergoeding\n- Een leuk team\n\nContact\n\nMail naar jobs@voorbeeld.example.").Benefits;

        Assert.Contains(sut, b => b.Kind == "leave-days" && b.Amount == 32);
        Assert.Contains(sut, b => b.Kind == "bike");
    }

    [Fact]
    public void Find_SeparatorLineInTheOffer_IsNoBenefit()
    {
        var sut = TestKnowledge.FromText("Medewerker archief\n\nOns aanbod\n\n- ----------\n- Maaltijdcheques van € 7\n\nContact\n\nMail naar jobs@voorbeeld.example.").Benefits;

        Assert.DoesNotContain(sut, b => !b.Text.Any(char.IsLetter));
    }

    [Theory]
    [InlineData("Contact\n\nEls Verhaeghe, dienst personeel — els@voorbeeld.example — 09 123 45 67", "Els Verhaeghe", "dienst personeel")]
    [InlineData("Meer weten?\n\nPersoneelsdienst - Tom Van Acker tel. 09 123 45 68 - tom@voorbeeld.example", "Tom Van Acker", "personeelsdienst")]
    [InlineData("Vragen\n\nSara De Wilde, HR-adviseur: 09 123 45 69", "Sara De Wilde", "HR-adviseur")]
    public void Find_LineOpeningWithThePerson_GivesTheirName(string block, string name, string role)
    {
        var sut = TestKnowledge.FromText("Medewerker archief\n\n" + block).Contacts;

        var contact = Assert.Single(sut);
        Assert.Equal((name, role), (contact.Name, contact.Role));
    }

    [Fact]
    public void Find_LineOpeningWithAUnit_GivesNoName()
    {
        var sut = TestKnowledge.FromText("Medewerker archief\n\nContact\n\nDienst Personeel, stadhuis — jobs@voorbeeld.example — 09 123 45 60").Contacts;

        Assert.Null(Assert.Single(sut).Name);
    }
}
