using Assistant.Dialogs.Answering.Composers;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>A document to send keeps the brackets that follow its name: which proof counts, or who must send it.</summary>
public sealed class DocumentBracketsTests
{
    [Theory]
    [InlineData("bewijzen van je ervaring", "Voeg je cv toe, en bewijzen van je ervaring (bv. een attest van je werkgever of een uittreksel uit de KBO voor zelfstandigen).",
        "bewijzen van je ervaring (bv. een attest van je werkgever of een uittreksel uit de KBO voor zelfstandigen)")]
    [InlineData("een taalattest", "- een taalattest (enkel als je diploma niet in het Nederlands behaald is)",
        "een taalattest (enkel als je diploma niet in het Nederlands behaald is)")]
    [InlineData("Kopie van het diploma", "Kopie van het diploma ( of de gelijkwaardigheidsverklaring van NARIC voor buitenlandse diploma's )",
        "Kopie van het diploma ( of de gelijkwaardigheidsverklaring van NARIC voor buitenlandse diploma's )")]
    [InlineData("je cv", "Stuur je cv en een motivatiebrief (max. 1 pagina) naar jobs@testveld.be.", "je cv")]
    [InlineData("een motivatiebrief", "Stuur je cv en een motivatiebrief naar jobs@testveld.be (onderwerp: vacature).", "een motivatiebrief")]
    public void WithItsBrackets_KeepsOnlyTheBracketsRightAfterTheName(string name, string line, string expected) =>
        Assert.Equal(expected, LookupAnswers.WithItsBrackets(name, line));
}
