using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Documents: those asked later or fetched by the employer are found as such; an enrolment proof, a registration number
/// and "het uittreksel 596.2" are documents; an item with a trailing note in brackets keeps its own name.
/// </summary>
public sealed class Score7DocumentTests
{
    [Theory]
    [InlineData("Je diploma vragen we pas op als je geslaagd bent.")]
    [InlineData("Het uittreksel uit het strafregister bezorg je pas na de selectie.")]
    [InlineData("Een medisch attest volgt bij je aanwerving.")]
    [InlineData("Je laatste evaluatieverslag vraagt de personeelsdienst zelf op.")]
    [InlineData("Het attest van goed gedrag mag je ook later indienen.")]
    [InlineData("Een kopie van je diploma kan je nasturen tot de dag van het gesprek.")]
    [InlineData("Je rijbewijs breng je mee naar de praktische proef.")]
    [InlineData("Je taalattest bezorg je uiterlijk op het selectiegesprek.")]
    public void AskedLater_DocumentWithALaterCue_IsFound(string sentence) =>
        Assert.Equal([sentence], DocumentRules.AskedLater($"Solliciteren\nStuur je cv naar jobs@voorbeeld.be.\n{sentence}"));

    [Theory]
    [InlineData("Attesten van ervaring vragen we pas na de\ntechnische proef.")]
    [InlineData("Het uittreksel uit het strafregister en de attesten van\nberoepservaring bezorg je pas na het gesprek met de jury.")]
    [InlineData("Het uittreksel mag je ook later bezorgen, ten laatste op de dag van\nde schriftelijke proef.")]
    [InlineData("Je hoeft je diploma nu nog niet mee te sturen: een kopie vragen we pas\nop als je geslaagd bent voor de proeven.")]
    public void AskedLater_SentenceWrappedOverLines_IsFoundWhole(string wrapped) =>
        Assert.Equal([wrapped.Replace('\n', ' ')], DocumentRules.AskedLater($"Solliciteren\nStuur je cv en je motivatie via het formulier op de website.\n{wrapped}"));

    [Fact]
    public void AskedLater_ShortListLines_AreNotJoined() =>
        Assert.Equal(["attest van tewerkstelling volgt pas na de selectie"], DocumentRules.AskedLater("Bezorg:\nje cv\nattest van tewerkstelling volgt pas na de selectie"));

    [Theory]
    [InlineData("Stuur je cv en een kopie van je diploma.")]
    [InlineData("Je start pas na de zomer.")]
    public void AskedLater_NoDocumentOrNoLaterCue_FindsNothing(string sentence) =>
        Assert.Empty(DocumentRules.AskedLater(sentence));

    [Theory]
    [InlineData("Laad je cv en een kopie van je diploma op (laatstejaarsstudenten: een inschrijvingsbewijs).", "study-certificate")]
    [InlineData("Mail je cv, een kopie van je getuigschrift en je registratienummer naar jobs@voorbeeld.be.", "recognition")]
    [InlineData("Bezorg je cv, je motivatie en het uittreksel 596.2 aan de personeelsdienst.", "criminal-record")]
    public void Find_ItemOfAnUnusualKind_IsADocument(string sentence, string kind)
    {
        var documents = TestKnowledge.FromText($"Deskundige sport\n\nSolliciteren\n\n{sentence}").Documents;

        Assert.Contains(documents, d => d.Kind == kind);
    }

    [Fact]
    public void Find_ItemWithATrailingNote_KeepsItsOwnName()
    {
        var documents = TestKnowledge.FromText("Deskundige sport\n\nSolliciteren\n\nBezorg je cv en een kopie van je kwalificatiebewijs (of een bewijs van je ervaring in de kinderopvang) aan de personeelsdienst.").Documents;

        Assert.Contains(documents, d => d.Name == "een kopie van je kwalificatiebewijs");
    }
}
