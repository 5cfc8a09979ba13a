namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Requirement lines that need no check of their own, written in invented words: a competence the candidate may also be
/// willing to learn, a line that restates "the same requirements", a nationality named only to say who needs a work
/// permit, and a job open to every nationality.
/// </summary>
public class Elig13RequirementLineTests
{
    private static Core.Facts.Requirements Read(string lines) =>
        TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n{lines}").Requirements;

    [Theory]
    [InlineData("- Je kent de basis van de boekhouding, of je bent bereid die snel bij te leren via een opleiding.")]
    [InlineData("- Ervaring met planningssoftware heb je al, of ben je bereid je erin te verdiepen.")]
    [InlineData("- Je beheerst de vaktermen uit de opleiding verpleegkunde of je bent gemotiveerd om ze te leren.")]
    public void Extract_CompetenceOneMayBeWillingToLearn_IsNoUncheckedRequirement(string line)
    {
        Assert.Empty(Read(line).Unparsed);
    }

    [Theory]
    [InlineData("- Herintreders moeten dezelfde diplomavereisten vervullen.")]
    [InlineData("- Voor wie via een uitzendkantoor komt, gelden dezelfde diplomavoorwaarden.")]
    public void Extract_LineRestatingTheSameDiplomaRequirements_IsNoUncheckedRequirement(string line)
    {
        Assert.Empty(Read(line).Unparsed);
    }

    [Fact]
    public void Extract_NewDiplomaRequirementBesideWillingness_StillUnchecked()
    {
        // Only an "or willing to" alternative makes a line no gate: an added diploma with "en" stays a requirement to check.
        var r = Read("- Daarnaast heb je een getuigschrift van een opleiding boekhouden en ben je bereid in het weekend te werken.");

        Assert.NotEmpty(r.Unparsed);
    }

    [Theory]
    [InlineData("- Ben je geen onderdaan van de Europese Economische Ruimte of Zwitserland, dan heb je een geldige arbeidsvergunning nodig.")]
    [InlineData("- Kandidaten die geen EU-burger zijn, hebben een verblijfs- en arbeidstoelating nodig.")]
    public void Extract_NationalityNamedOnlyForTheWorkPermit_RequiresNoNationality(string line)
    {
        var r = Read(line);

        Assert.DoesNotContain(r.General, g => g.Kind == "nationality" && g.Value != "none");
        Assert.Contains(r.General, g => g.Kind == "work-permit");
    }

    [Theory]
    [InlineData("- De functie staat open voor alle nationaliteiten.")]
    [InlineData("- Deze job is open voor kandidaten van alle nationaliteiten.")]
    public void Extract_OpenToAllNationalities_IsNoNationalityRequirement(string line)
    {
        Assert.Equal("none", Assert.Single(Read(line).General, g => g.Kind == "nationality").Value);
    }
}
