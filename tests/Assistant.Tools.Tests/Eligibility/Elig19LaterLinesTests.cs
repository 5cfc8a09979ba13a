using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A licence or certificate the candidate lacks, where another line of the same section lets it be obtained after starting,
/// admits on that condition instead of a no; a line that refuses, leaves no time, names another thing or stands in another
/// section changes nothing. Invented lines.
/// </summary>
public sealed class Elig19LaterLinesTests
{
    private static readonly CandidateProfile NoCertificate = new() { Diploma = DiplomaLevel.Secondary, LacksCertificate = true };
    private static readonly CandidateProfile OnlyB = new() { Diploma = DiplomaLevel.Secondary, DrivingLicence = true, LicenceCategories = ["B"] };

    private static VacancyFacts With(GeneralRequirement requirement, string line, string section = "Profiel", string touches = "certificate") =>
        Vacancy(Route(DiplomaLevel.None)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.None)],
                General = [requirement],
                Unparsed = [new UnparsedRequirement([touches], Cite(line) with { Section = section })],
            },
        };

    private static GeneralRequirement Certificate(string quote = "Je hebt het brevet Hoger Redder.") =>
        new() { Kind = "certificate", Value = "brevet Hoger Redder", Citation = Cite(quote) };

    private static GeneralRequirement LicenceC() => new() { Kind = "licence", Value = "C", Citation = Cite("Je hebt een rijbewijs C.") };

    [Theory]
    [InlineData("Nog geen brevet? Dan kan je toch deelnemen als je het behaalt binnen zes maanden na je aanwerving.")]
    [InlineData("If you do not hold the certificate yet, you obtain it within 6 months of starting.")]
    [InlineData("Wie het attest na dat jaar niet heeft, wordt niet benoemd.")]
    [InlineData("Behaal je het brevet niet binnen die termijn, dan wordt je contract beëindigd.")]
    public void Evaluate_LackedCertificateObtainableLater_IsConditional(string line)
    {
        var result = EligibilityTool.Evaluate(With(Certificate(), line), NoCertificate);

        Assert.Equal("conditional", result.Verdict);
        Assert.Contains(result.GeneralChecks, c => c is { Requirement: "certificate", Outcome: "condition", Caveat: "certificate-later" } && c.Citation.Quote == line);
    }

    [Theory]
    [InlineData("Zonder dit brevet kan je niet deelnemen.")]
    [InlineData("Je behaalt het brevet vóór je sollicitatie; er is geen overgangstermijn.")]
    [InlineData("De opleiding tot redder wordt betaald door de gemeente.")]
    public void Evaluate_LackedCertificateWithoutALaterLine_StaysNo(string line)
    {
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(With(Certificate(), line), NoCertificate).Verdict);
    }

    [Fact]
    public void Evaluate_LaterLineInAnotherSection_StaysNo()
    {
        var facts = With(Certificate(), "Je behaalt het brevet binnen het jaar na je indiensttreding.", section: "Jobstudenten");

        Assert.Equal("not-eligible", EligibilityTool.Evaluate(facts, NoCertificate).Verdict);
    }

    [Theory]
    [InlineData("Heb je enkel rijbewijs B, dan engageer je je om rijbewijs C te behalen binnen het jaar na je indiensttreding.")]
    [InlineData("Candidates with only a B licence must obtain licence C within 12 months after being hired.")]
    [InlineData("Tu n'as que le permis B ? Le permis C est à obtenir dans les douze mois.")]
    public void Evaluate_LackedLicenceCategoryObtainableLater_IsConditional(string line)
    {
        var result = EligibilityTool.Evaluate(With(LicenceC(), line, touches: "licence"), OnlyB);

        Assert.Equal("conditional", result.Verdict);
    }

    [Fact]
    public void Evaluate_LaterLineAboutAnotherLicenceThing_StaysNo()
    {
        var facts = With(LicenceC(), "Je behaalt de code 95 vóór je in dienst treedt.", touches: "licence");

        Assert.Equal("not-eligible", EligibilityTool.Evaluate(facts, OnlyB).Verdict);
    }
}
