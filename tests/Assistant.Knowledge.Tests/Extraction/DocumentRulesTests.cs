namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Documents to send, in the phrasings of the genre, on invented vacancies.</summary>
public sealed class DocumentRulesTests
{
    [Fact]
    public void Find_SentenceWithDriverCard_KeepsLicenceAndCardApartWithTheirOwnNames()
    {
        var sut = TestKnowledge.FromText("Buschauffeur\n\nSolliciteren\n\nVoeg je cv, een kopie van je rijbewijs D en een kopie van je bestuurderskaart met code 95 toe.");
        Assert.Equal(["je cv", "een kopie van je rijbewijs D", "een kopie van je bestuurderskaart met code 95"], sut.Documents.Select(d => d.Name));
        Assert.Equal(["cv", "driving-licence", "driver-card"], sut.Documents.Select(d => d.Kind));
    }

    [Fact]
    public void Find_ListWithLetterOBullets_GivesItsItems()
    {
        var sut = TestKnowledge.FromText("Consulent\n\nKandidaatstelling\n\nBij je kandidatuur voeg je:\no een motivatiebrief van maximum 1 blz.;\no een kopie van je laatste evaluatieverslag.\nEen cv is niet nodig.");
        Assert.Contains(sut.Documents, d => d.Kind == "motivation-letter");
        Assert.Contains(sut.Documents, d => d.Kind == "evaluation");
    }

    [Fact]
    public void Find_RegistrationProof_IsADocument()
    {
        var sut = TestKnowledge.FromText("Zorgkundige\n\nInteresse?\n\nStuur je cv, een kopie van je rijbewijs en je registratiebewijs als zorgkundige naar jobs@voorbeeld.be.");
        Assert.Contains(sut.Documents, d => d.Kind == "recognition");
    }

    [Fact]
    public void Find_ItemForInternalCandidates_IsMarkedForThem()
    {
        var sut = TestKnowledge.FromText("Ploegbaas\n\nSolliciteren\n\nLaad je cv en een kopie van je diploma op. Interne kandidaten bezorgen hun laatste evaluatieverslag in plaats van een diploma.");
        var evaluation = Assert.Single(sut.Documents, d => d.Kind == "evaluation");
        Assert.Equal("Interne kandidaten", evaluation.For);
        Assert.Null(sut.Documents.Single(d => d.Kind == "diploma").For);
    }

    [Fact]
    public void Find_ParentheticalGroup_GivesTheGroupItsItem()
    {
        var sut = TestKnowledge.FromText("Jurist\n\nSolliciteren\n\nLaad je cv en een kopie van je diploma op (studenten in het laatste jaar: een attest van de onderwijsinstelling).");
        Assert.Equal("studenten in het laatste jaar", sut.Documents.Single(d => d.Kind == "study-certificate").For);
        Assert.Contains(sut.Documents, d => d.Kind == "diploma" && d.For is null);
    }

    [Fact]
    public void Find_ModelStatedInTheRequirements_IsAddedToTheName()
    {
        var sut = TestKnowledge.FromText("Begeleider\n\nProfiel\n\n- Je legt een uittreksel uit het strafregister model 596.2 voor.\n\nSolliciteren\n\nVoeg je cv en een uittreksel uit het strafregister toe.");
        Assert.Contains("596.2", sut.Documents.Single(d => d.Kind == "criminal-record").Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ProfessionalRecognitionWithACondition_IsADocument()
    {
        var sut = TestKnowledge.FromText("Logopedist\n\nSolliciteren\n\nMail je cv, een kopie van je diploma en (als je die al hebt) je erkenning als logopedist naar jobs@voorbeeld.be.");
        Assert.Equal(["cv", "diploma", "recognition"], sut.Documents.Select(d => d.Kind));
    }

    [Fact]
    public void Find_YouSendADocumentAmongTheConditions_IsADocument_ButATaskIsNot()
    {
        var sut = TestKnowledge.FromText("Animator\n\nDe job\n\n- Je bezorgt attesten aan de ouders.\n\nProfiel\n\n- Je bent minstens 17 jaar.\n- Je bezorgt een uittreksel uit het strafregister model 596.2.\n\nSolliciteren\n\nMail je cv naar jobs@voorbeeld.be.");
        Assert.Equal(["criminal-record", "cv"], sut.Documents.Select(d => d.Kind));
        Assert.Contains("596.2", sut.Documents[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ItemsThatSuffice_AreDocuments()
    {
        var sut = TestKnowledge.FromText("Gids\n\nSolliciteren\n\nSolliciteer via het formulier op www.voorbeeld.be. Een cv en een korte motivatie volstaan.");
        Assert.Equal(["cv", "motivation-letter"], sut.Documents.Select(d => d.Kind));
    }

    [Fact]
    public void Find_RequirementAboutStudents_AsksForNoDocument()
    {
        var sut = TestKnowledge.FromText("Verpleegkundige\n\nProfiel\n\n- Studenten mogen solliciteren; ze starten na het behalen van hun diploma.\n\nSolliciteren\n\nMail je cv naar jobs@voorbeeld.be.");
        Assert.Equal(["cv"], sut.Documents.Select(d => d.Kind));
    }
}

/// <summary>Documents for a group named before a colon.</summary>
public sealed class DocumentGroupTests
{
    [Fact]
    public void Find_GroupBeforeAColon_GetsItsItemAndNoDiplomaIsAsked()
    {
        var sut = TestKnowledge.FromText("Medewerker\n\nKandidaatstelling\n\nKandidaturen met cv en motivatiebrief worden verwacht op jobs@voorbeeld.be. Buitenlandse diploma's: voeg een gelijkwaardigheidsattest toe.");
        Assert.Equal(["cv", "motivation-letter", "equivalence"], sut.Documents.Select(d => d.Kind));
        Assert.Equal("motivatiebrief", sut.Documents[1].Name);
        Assert.Equal("Buitenlandse diploma's", sut.Documents[2].For);
    }
}
