using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A route whose sentence obliges those it admits to obtain a certificate after starting admits on that condition only:
/// never an unconditional yes.
/// </summary>
public sealed class ObtainAfterStartRouteTests
{
    private static readonly CandidateProfile NoDiplomaTwoYears = new() { LacksDiploma = DiplomaLevel.Secondary, Experience = [new ExperienceEntry(2, "relevant")] };

    private static AdmissionRoute ExperienceRoute(string quote) =>
        Route(DiplomaLevel.None, years: 1, kind: "relevant") with { Citation = Cite(quote) };

    [Theory]
    [InlineData("Zonder kwalificatiebewijs kan je deelnemen met 1 jaar ervaring; je moet dan wel binnen 2 jaar na je indiensttreding het attest kinderbegeleider behalen.")]
    [InlineData("Geen diploma? Met minstens een jaar ervaring kom je ook in aanmerking, mits je het brevet binnen de 12 maanden haalt.")]
    [InlineData("Without a diploma, one year of experience is enough, but you must obtain the certificate within 18 months of starting.")]
    [InlineData("Sans diplôme : un an d'expérience suffit, mais vous devez obtenir l'attestation dans les deux ans après votre entrée en fonction.")]
    public void Evaluate_RouteObligesACertificateAfterStarting_IsConditional(string quote)
    {
        var result = RouteChecks.Evaluate(ExperienceRoute(quote), NoDiplomaTwoYears);

        Assert.Equal("conditional", result.Outcome);
        Assert.Contains(result.Checks, c => c.Caveat == "obtain-later");
    }

    [Theory]
    [InlineData("Zonder diploma kan je deelnemen met minstens 1 jaar relevante ervaring.")]
    [InlineData("Heb je het attest al behaald, dan volstaat 1 jaar ervaring.")]
    [InlineData("Geen diploma vereist, wel 1 jaar ervaring. Je behaalt het brevet tijdens de opleiding die wij organiseren.")]
    public void Evaluate_NothingToObtainAfterStarting_StaysEligible(string quote)
    {
        Assert.Equal("eligible", RouteChecks.Evaluate(ExperienceRoute(quote), NoDiplomaTwoYears).Outcome);
    }

    [Fact]
    public void Evaluate_CandidateHoldsTheNamedCertificate_StaysEligible()
    {
        var profile = NoDiplomaTwoYears with { Certificates = ["kinderbegeleider"] };

        var result = RouteChecks.Evaluate(ExperienceRoute("Zonder diploma: 1 jaar ervaring; je moet dan wel binnen 2 jaar na je indiensttreding het attest kinderbegeleider behalen."), profile);

        Assert.Equal("eligible", result.Outcome);
    }
}
