using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A route that takes a diploma of any field; certificate lines that ask nothing more of a candidate who holds the
/// required certificate.
/// </summary>
public sealed class Elig13RouteTests
{
    [Theory]
    [InlineData("een andere richting")]
    [InlineData("eender welke richting")]
    [InlineData("any other field")]
    [InlineData("un autre domaine")]
    public void Evaluate_RouteOfAnyField_AsksNoField(string field)
    {
        var route = Route(DiplomaLevel.Master, field: field, years: 2, kind: "domain:vertaler");
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = "rechten", Experience = [new ExperienceEntry(3, "domain:vertaler", "freelance vertaler")] };

        var sut = RouteChecks.Evaluate(route, profile);

        Assert.Equal("eligible", sut.Outcome);
        Assert.DoesNotContain(sut.Checks, c => c.Requirement == "diploma-field");
    }

    [Fact]
    public void Evaluate_RouteOfANamedField_StillChecksTheField()
    {
        var route = Route(DiplomaLevel.Master, field: "vertalen of tolken");

        var sut = RouteChecks.Evaluate(route, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = "rechten" });

        Assert.Equal("not-eligible", sut.Outcome);
    }

    private static VacancyFacts WithCertificateLines(params string[] lines) =>
        Vacancy(Route(DiplomaLevel.Secondary)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.Secondary)],
                General = [new GeneralRequirement { Kind = "certificate", Value = "brevet Eerste Hulp of Hoger Reddingsbrevet", Citation = Cite("Je hebt een brevet Eerste Hulp of een Hoger Reddingsbrevet.") with { Section = "Voorwaarden" } }],
                Unparsed = [.. lines.Select(l => new UnparsedRequirement(["certificate"], Cite(l)))],
            },
        };

    [Theory]
    [InlineData("Een attest basisredder alleen volstaat niet.")]
    [InlineData("Conditions : un brevet Eerste Hulp ou équivalent.")]
    public void Evaluate_CertificateLineThatRefusesAnotherOrNamesTheOneHeld_HoldsNoYesBack(string line)
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Secondary, Certificates = ["brevet eerste hulp"] };

        Assert.Equal("eligible", EligibilityTool.Evaluate(WithCertificateLines(line), profile).Verdict);
    }

    [Fact]
    public void Evaluate_CertificateLineAskingAnotherCertificate_StillHoldsTheYesBack()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Secondary, Certificates = ["brevet eerste hulp"] };

        var sut = EligibilityTool.Evaluate(WithCertificateLines("Daarnaast heb je een attest veiligheid VCA."), profile);

        Assert.Equal("need-info", sut.Verdict);
    }
}
