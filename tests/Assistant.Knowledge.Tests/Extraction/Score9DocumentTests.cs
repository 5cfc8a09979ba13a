using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Documents: a bracket that lists them after a general word ("je kandidatuur (…)"), the documents of one group in a
/// clause after ';', a list under "Voeg bij:", and kinds seen on unseen documents (brevet, medische schifting, attesten
/// van ervaring). Invented sentences.
/// </summary>
public sealed class Score9DocumentTests
{
    [Theory]
    [InlineData("Stuur je sollicitatie (cv, motivatiebrief, een kopie van je diploma en een uittreksel uit het strafregister) voor 3 maart naar jobs@voorbeeld.be.")]
    [InlineData("Bezorg ons je dossier (motivatiebrief, cv, diploma, uittreksel uit het strafregister) via het e-formulier.")]
    public void Find_BracketListingDocuments_GivesEachItemNotTheGeneralWord(string sentence)
    {
        var documents = TestKnowledge.FromText($"Deskundige jeugd\n\nSolliciteren\n\n{sentence}").Documents;

        Assert.Equal(["cv", "motivation-letter", "diploma", "criminal-record"], documents.Select(d => d.Kind).OrderBy(k => k switch { "cv" => 0, "motivation-letter" => 1, "diploma" => 2, _ => 3 }).ToArray());
        Assert.DoesNotContain(documents, d => d.Name.Contains("sollicitatie (", StringComparison.Ordinal) || d.Name.Contains("dossier", StringComparison.Ordinal));
    }

    [Fact]
    public void In_BracketWithOneNote_StaysANote()
    {
        var items = DocumentItems.In("Voeg een kopie van je diploma (of, zonder diploma, een bewijs van je ervaring) toe").ToList();

        Assert.Contains(items, i => i.Kind == "diploma" && i.Name.StartsWith("een kopie van je diploma", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Voeg je cv en een kopie van je diploma toe; kandidaten via spoor B voegen ook een overzicht van hun sectorervaring toe.", "kandidaten via spoor B")]
    [InlineData("Voeg je cv en je diploma toe; kandidaten zonder bachelor voegen ook attesten van hun ervaring toe.", "kandidaten zonder bachelor")]
    public void Find_ClauseForOneGroup_GivesThatGroupItsExperienceProof(string sentence, string who)
    {
        var documents = TestKnowledge.FromText($"Deskundige jeugd\n\nSolliciteren\n\n{sentence}").Documents;

        Assert.Equal(who, documents.Single(d => d.Kind == "experience-proof").For);
        Assert.Null(documents.Single(d => d.Kind == "cv").For);
    }

    [Theory]
    [InlineData("Voeg bij:")]
    [InlineData("Bezorg ons bij je kandidatuur:")]
    public void Find_ListUnderAShortSendingLead_IsRead(string lead)
    {
        var documents = TestKnowledge.FromText($"Deskundige jeugd\n\nSolliciteren\n\nSolliciteren kan via het formulier.\n{lead}\n- je cv en een korte motivatiebrief\n- een uittreksel uit het strafregister\n- een kopie van je rijbewijs").Documents;

        Assert.Equal(["cv", "motivation-letter", "criminal-record", "driving-licence"], documents.Select(d => d.Kind).ToArray());
    }

    [Theory]
    [InlineData("Redders laden een kopie van hun brevet op.", "certificate")]
    [InlineData("Stuur je cv en je attest medische schifting naar jobs@voorbeeld.be.", "medical")]
    [InlineData("Mail je cv en een geldig certificaat EHBO naar jobs@voorbeeld.be.", "certificate")]
    public void Find_CertificateOrMedicalSelection_IsADocument(string sentence, string kind)
    {
        var documents = TestKnowledge.FromText($"Deskundige jeugd\n\nSolliciteren\n\n{sentence}").Documents;

        Assert.Contains(documents, d => d.Kind == kind);
    }
}
