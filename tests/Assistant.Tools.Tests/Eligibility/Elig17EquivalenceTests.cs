using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A certificate requirement that is the equivalence of a foreign diploma (NARIC, "gelijkwaardigheidsattest", "équivalence de
/// diplôme") is asked of no candidate with a diploma from here; a real certificate still is. Invented sentences.
/// </summary>
public sealed class Elig17EquivalenceTests
{
    private static VacancyFacts With(GeneralRequirement certificate) =>
        Vacancy(Route(DiplomaLevel.Secondary)) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Secondary)], General = [certificate] },
        };

    private static GeneralRequirement Certificate(string value, string quote) =>
        new() { Kind = "certificate", Value = value, Citation = Cite(quote) with { Section = "Aanwervingsvoorwaarden" } };

    [Theory]
    [InlineData("gelijkwaardigheidsattest", "Met een buitenlands diploma bezorg je ons een gelijkwaardigheidsattest van NARIC.")]
    [InlineData("equivalence certificate", "If your diploma was obtained abroad, you submit an equivalence certificate before the written test.")]
    [InlineData("attestation", "Diplôme étranger : joignez une attestation d'équivalence de la Fédération Wallonie-Bruxelles.")]
    public void Evaluate_EquivalenceOfAForeignDiploma_IsNotAskedOfALocalDiploma(string value, string quote)
    {
        var sut = EligibilityTool.Evaluate(With(Certificate(value, quote)), new CandidateProfile { Diploma = DiplomaLevel.Secondary });

        Assert.Equal("eligible", sut.Verdict);
    }

    [Fact]
    public void Evaluate_ARealCertificateOfTheRequirements_IsStillAsked()
    {
        var certificate = Certificate("brevet EHBO", "Je hebt een geldig brevet EHBO.");

        var sut = EligibilityTool.Evaluate(With(certificate), new CandidateProfile { Diploma = DiplomaLevel.Secondary });

        Assert.Equal("need-info", sut.Verdict);
        Assert.Contains("certificate", sut.Missing);
    }
}
