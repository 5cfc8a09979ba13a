using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A requirement sentence no route came from is quoted to check, never dropped unseen (session 29 probes, invented wording):
/// a diploma without a level beside an experience minimum, a diploma sentence under a profile heading without "vereist".
/// </summary>
public sealed class UnseenRequirementTests
{
    [Theory]
    [InlineData("Profiel", "- Je beschikt over een getuigschrift of diploma in een elektrische studierichting (bijvoorbeeld elektriciteit of elektromechanica), of je hebt minstens 3 jaar aantoonbare ervaring als elektricien.")]
    [InlineData("Voorwaarden", "- Je hebt een getuigschrift in een houtrichting of minstens vijf jaar ervaring als schrijnwerker.")]
    [InlineData("Jouw profiel", "- Je beschikt over een getuigschrift of diploma in een elektrische studierichting.")]
    [InlineData("Wie zoeken we?", "Je hebt een opleiding in de groensector gevolgd of je kan 2 jaar ervaring als tuinier aantonen.")]
    public void Extract_DiplomaSentenceThatGivesNoRoute_IsUnparsedToCheck(string heading, string line)
    {
        var facts = TestKnowledge.FromText($"Technisch medewerker (D1-D3)\n\nGemeente Testdorp\n\n{heading}\n{line}\n- Je hebt een rijbewijs B.\n\nSolliciteer tot 10 maart 2027 via jobs@testdorp.be.\n");

        Assert.Empty(facts.Requirements.Routes);
        Assert.Contains(facts.Requirements.Unparsed, u => u.Touches.Contains("diploma") && line.Contains(u.Citation.Quote.TrimEnd('.'), StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ProfileSentenceBesideAReadRoute_StaysAnExplanation()
    {
        var facts = TestKnowledge.FromText("Administratief medewerker (C1-C3)\n\nVoorwaarden\n- Je hebt een diploma secundair onderwijs.\n\nProfiel\n- Je diploma geeft je een goede basis in administratie.\n\nSolliciteer tot 10 maart 2027 via jobs@testdorp.be.\n");

        Assert.NotEmpty(facts.Requirements.Routes);
        Assert.DoesNotContain(facts.Requirements.Unparsed, u => u.Citation.Quote.Contains("goede basis", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Je hebt een bachelordiploma, of\n- je hebt een EVC-attest dat toegang geeft tot niveau B.")]
    [InlineData("- Je hebt een bachelordiploma.\n- Of je hebt een EVC-certificaat voor een functie van niveau B.")]
    [InlineData("- Je hebt een bachelordiploma, of\n- je beschikt over een bewijs van verworven competenties voor niveau B.")]
    public void Extract_AProofThatOpensTheLevel_IsARouteOfItsOwnNotTheDiplomaAgain(string lines)
    {
        var facts = TestKnowledge.FromText($"Dossierbeheerder (B1-B3)\n\nToelatingsvoorwaarden\n{lines}\n\nSolliciteer tot 14 februari 2027 via jobs@testdorp.be.\n");

        Assert.Contains(facts.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor);
        Assert.Contains(facts.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.Alternative.Any(a => a.Kind == "proof"));
    }
}
