using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A requirement sentence no rule read that can only admit more candidates (a permission, a condition that may be met after
/// starting, a question leading into a concession) does not hold back a yes; one that asks or refuses something still does.
/// Invented sentences.
/// </summary>
public class WideningLinesTests
{
    private static readonly CandidateProfile Bachelor = new() { Diploma = DiplomaLevel.Bachelor };

    private static VacancyFacts With(UnparsedRequirement unread, params AdmissionRoute[] routes) =>
        Vacancy(routes) with { Requirements = new Requirements { Routes = routes, Unparsed = [unread] } };

    [Theory]
    [InlineData("Laatstejaarsstudenten van die opleidingen mogen eveneens deelnemen aan de selectieproeven.")]
    [InlineData("Zowel vastbenoemde als contractuele medewerkers kunnen zich kandidaat stellen en deelnemen; de benoeming gebeurt statutair.")]
    [InlineData("Final-year students may also apply.")]
    [InlineData("Les étudiants de dernière année peuvent également postuler.")]
    [InlineData("Een brevet eerste hulp of bereid zijn om het binnen de proeftijd te behalen.")]
    [InlineData("Je hebt het attest veiligheid, of je behaalt het in de eerste zes maanden na je indiensttreding.")]
    [InlineData("Nog geen getuigschrift heftruck?")]
    [InlineData("Dan kan je toch deelnemen, maar je moet het getuigschrift halen vóór je in dienst treedt.")]
    public void OnlyWidens_PermissionOrLaterCondition_IsTrue(string quote)
    {
        Assert.True(VerdictGuard.OnlyWidens(quote));
    }

    [Theory]
    [InlineData("Enkel laatstejaarsstudenten mogen deelnemen.")]
    [InlineData("Kandidaten met een graduaat kunnen niet deelnemen.")]
    [InlineData("Je bent onderdaan van de EER; anderen komen in aanmerking met een arbeidskaart.")]
    [InlineData("Je hebt minstens 3 jaar ervaring in de sector.")]
    [InlineData("Ben je in het bezit van een rijbewijs C?")]
    [InlineData("De opleiding volg je tijdens de werkuren.")]
    [InlineData("Zonder getuigschrift mag je toch deelnemen op voorwaarde dat je twee jaar ervaring hebt.")]
    [InlineData("Candidates without a degree may apply if they have five years of experience.")]
    public void OnlyWidens_RequirementOrRefusal_IsFalse(string quote)
    {
        Assert.False(VerdictGuard.OnlyWidens(quote));
    }

    [Fact]
    public void Evaluate_PermissionSentenceNotRead_DoesNotHoldBackTheYes()
    {
        var unread = new UnparsedRequirement(["diploma"], Cite("Laatstejaarsstudenten van die opleidingen mogen eveneens deelnemen."));
        var result = EligibilityTool.Evaluate(With(unread, Route(DiplomaLevel.Bachelor)), Bachelor);

        Assert.Equal("eligible", result.Verdict);
        Assert.Contains(result.ToCheck, u => u.Citation.Quote.StartsWith("Laatstejaars", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_RequirementSentenceNotRead_StillCapsTheYes()
    {
        var unread = new UnparsedRequirement(["diploma"], Cite("Je hebt een diploma dat toegang geeft tot het beroep."));
        var result = EligibilityTool.Evaluate(With(unread, Route(DiplomaLevel.Bachelor)), Bachelor);

        Assert.Equal("need-info", result.Verdict);
    }
}
