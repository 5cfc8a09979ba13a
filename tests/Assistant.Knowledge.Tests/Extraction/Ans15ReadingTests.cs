using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A pass mark written as "slagen met 12/20" or "12/20 volstaat om te slagen"; a table of steps whose header names its
/// columns in two languages or starts in lower case right under a heading; a list of documents after a line that says how
/// to send them; an item with its condition in brackets before it; a contact person after a rank or title. Invented
/// employers and sentences.
/// </summary>
public sealed class Ans15ReadingTests
{
    [Theory]
    [InlineData("Praktijkproef op 20 punten, slagen met 12/20.")]
    [InlineData("Praktijkproef op 20 punten: je slaagt met 12 op 20.")]
    [InlineData("Praktijkproef op 20 punten; 12/20 volstaat om te slagen.")]
    [InlineData("Praktijkproef op 20 punten. Wie 12 op 20 haalt, is geslaagd.")]
    public void Find_PassMarkAfterAVerbOfPassing_IsRead(string sentence)
    {
        var facts = TestKnowledge.FromText($"Technicus groendienst\n\nSelectie\n\n1. {sentence}\n2. Gesprek op 40 punten.\n");

        var step = facts.SelectionSteps[0];
        Assert.Equal(12m, step.PassMark!.Points);
        Assert.Equal(20m, step.PassMark.OutOf);
    }

    [Theory]
    [InlineData("Je moet minstens 36 punten (60%) behalen om door te gaan naar het gesprek.")]
    [InlineData("Met minstens 36 punten word je uitgenodigd voor het gesprek; wie minder haalt, valt af.")]
    [InlineData("Pas vanaf 36 punten mag je naar het gesprek gaan.")]
    public void Find_MarkToProceedToTheNextStep_IsThisStepsMark(string sentence)
    {
        var facts = TestKnowledge.FromText($"Technicus groendienst\n\nSelectie\n\n1. Praktische proef (op 60 punten): je herstelt een machine. {sentence}\n2. Gesprek (op 40 punten): je motivatie.\n");

        Assert.Equal(36m, facts.SelectionSteps[0].PassMark?.Points);
    }

    [Theory]
    [InlineData("proef · épreuve: punten · points: slagen · réussite")]
    [InlineData("Onderdeel / Partie: Punten / Points: Minimum / Seuil")]
    [InlineData("test: max: drempel")]
    public void Find_StepTableWithBilingualOrLowerCaseHeader_ReadsItsMarks(string header)
    {
        var facts = TestKnowledge.FromText($"Technicus groendienst\n\nSelectie · Sélection\n\n{header}\nSchriftelijke proef: 40: minstens 20/40\nMondelinge proef: 60: minstens 36/60\n");

        Assert.Equal(2, facts.SelectionSteps.Count);
        Assert.Equal(20m, facts.SelectionSteps[0].PassMark!.Points);
        Assert.Equal(60m, facts.SelectionSteps[1].MaxPoints);
    }

    [Theory]
    [InlineData("Bezorg per e-mail (jobs@voorbeeld.be) of per aangetekende brief aan het personeelsbureau:")]
    [InlineData("Stuur uiterlijk op de laatste dag per post of via jobs@voorbeeld.be het volgende:")]
    public void Find_ListAfterALongLineOfSending_IsTheDocuments(string lead)
    {
        var documents = TestKnowledge.FromText($"Technicus groendienst\n\nKandidaatstelling\n\n{lead}\n\n1. een cv;\n2. een kopie van je diploma;\n3. een uittreksel uit het strafregister.\n").Documents;

        Assert.Contains(documents, d => d.Kind == "cv");
        Assert.Contains(documents, d => d.Kind == "criminal-record");
    }

    [Theory]
    [InlineData("Mail je cv en (als je via de ervaringsroute deelneemt) attesten van je vorige werkgevers naar jobs@voorbeeld.be.")]
    [InlineData("Voeg je cv toe en (alleen voor wie geen diploma heeft) attesten van je werkgever.")]
    [InlineData("Je laadt je cv, je diploma en – voor wie via de ervaringsweg deelneemt – attesten van je werkgevers met begin- en einddatum op.")]
    [InlineData("Stuur je cv en - enkel als je geen diploma hebt - attesten van je vroegere werkgevers naar jobs@voorbeeld.be.")]
    public void Find_ItemWithItsConditionBefore_KeepsItsOwnWords(string sentence)
    {
        var documents = TestKnowledge.FromText($"Technicus groendienst\n\nSolliciteren\n\n{sentence}\n").Documents;

        var proof = documents.Single(d => d.Kind == "experience-proof");
        Assert.StartsWith("attesten van je", proof.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Je kandidatuur bestaat uit het kandidatuurformulier, een uittreksel uit het strafregister en een kopie van je diploma.")]
    [InlineData("Solliciteren doe je door het ingevulde sollicitatieformulier samen met een uittreksel uit het strafregister en een kopie van je diploma te mailen naar jobs@voorbeeld.be.")]
    public void Find_DocumentsInProse_AreListedWithTheForm(string sentence)
    {
        var documents = TestKnowledge.FromText($"Technicus groendienst\n\nSolliciteren\n\n{sentence}\n").Documents;

        Assert.Contains(documents, d => d.Kind == "application-form" && d.Name.Length < 40);
        Assert.Contains(documents, d => d.Kind == "criminal-record");
        Assert.Contains(documents, d => d.Kind == "diploma" && !d.Name.Contains("mailen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Solliciteer met je cv via het sollicitatieformulier op onze website.")]
    [InlineData("Vul het online kandidatuurformulier in en voeg je cv toe.")]
    public void Find_FormAsTheWayToApply_IsNoDocument(string sentence)
    {
        var documents = TestKnowledge.FromText($"Technicus groendienst\n\nSolliciteren\n\n{sentence}\n").Documents;

        Assert.DoesNotContain(documents, d => d.Kind == "application-form");
    }

    [Theory]
    [InlineData("Stuur je cv en een attest dat je ervaring bewijst naar jobs@voorbeeld.be.")]
    [InlineData("Voeg bewijsstukken van je beroepservaring toe aan je cv.")]
    [InlineData("Bezorg je cv en een attest van tewerkstelling.")]
    public void Find_ProofOfExperienceInOtherWords_IsExperienceProof(string sentence)
    {
        var documents = TestKnowledge.FromText($"Technicus groendienst\n\nSolliciteren\n\n{sentence}\n").Documents;

        Assert.Contains(documents, d => d.Kind == "experience-proof");
    }

    [Theory]
    [InlineData("Sofie Vermeulen\nTeamleider burgerzaken\n050 11 22 33\nsofie.vermeulen@voorbeeld.be", "Sofie Vermeulen", "Teamleider burgerzaken")]
    [InlineData("Naam: Pieter Claes\nFunctie: HR-business partner\nTelefoon: 016 12 34 56\nE-mail: pieter.claes@voorbeeld.be", "Pieter Claes", "HR-business partner")]
    [InlineData("Ann De Smet\nHR-adviseur\ntel. 09 123 45 67", "Ann De Smet", "HR-adviseur")]
    public void Find_ContactBlockOfOneFieldALine_NamesPersonAndRole(string block, string name, string role)
    {
        var contacts = TestKnowledge.FromText($"Technicus groendienst\n\nMeer info\n\n{block}\n").Contacts;

        Assert.Contains(contacts, c => c.Name == name && c.Role == role);
    }

    [Theory]
    [InlineData("Commissaris Lien Maes, directeur Personeel – 050 12 34 56 – jobs@voorbeeld.be", "Lien Maes")]
    [InlineData("Mevrouw Els Janssens, HR-consulent – 050 12 34 56", "Els Janssens")]
    [InlineData("Meneer Jan Smet, diensthoofd – jan.smet@voorbeeld.be", "Jan Smet")]
    public void Find_ContactAfterARankOrTitle_NamesThePerson(string line, string name)
    {
        var contacts = TestKnowledge.FromText($"Technicus groendienst\n\nInlichtingen\n\n{line}\n").Contacts;

        Assert.Contains(contacts, c => c.Name == name);
    }

    [Theory]
    [InlineData("Je kandidatuur bestaat uit:")]
    [InlineData("Je sollicitatiedossier bevat")]
    [InlineData("Bij te voegen stukken")]
    public void Find_ListUnderALeadWithoutAVerbOfSending_IsRead(string lead)
    {
        var documents = TestKnowledge.FromText($"Technicus groendienst\n\nSolliciteren\n\n{lead}\n- je cv;\n- een kopie van je diploma (interne kandidaten: een attest van je graadanciënniteit en je laatste evaluatie).\n").Documents;

        Assert.Contains(documents, d => d.Kind == "cv");
        Assert.Contains(documents, d => d.Kind == "attest" && d.Name.Contains("graadanciënniteit", StringComparison.Ordinal) && d.For == "interne kandidaten");
        Assert.Contains(documents, d => d.Kind == "evaluation");
    }

    [Theory]
    [InlineData("- een kopie van je federaal geschiktheidsattest;", "geschiktheidsattest")]
    [InlineData("- je bekwaamheidsattest voor het besturen van een heftruck;", "bekwaamheidsattest")]
    [InlineData("- een attest van je lidmaatschap van de beroepsvereniging;", "lidmaatschap")]
    public void Find_AnAttestOfNoOtherKind_IsADocumentByItsWords(string item, string word)
    {
        var documents = TestKnowledge.FromText($"Technicus groendienst\n\nSolliciteren\n\nBij je kandidatuur voeg je:\n- je cv;\n{item}\n- je taalattest.\n").Documents;

        Assert.Contains(documents, d => d.Kind == "attest" && d.Name.Contains(word, StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Kind == "language-certificate");
        Assert.DoesNotContain(documents, d => d.Kind == "attest" && d.Name.Contains("taalattest", StringComparison.Ordinal));
    }
}
