using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A certificate the vacancy's requirements ask of everyone is asked for before any yes; one named in a list is met by any
/// name of the list; one under the heading of one of several jobs, or one that may be obtained after starting, stays a reminder.
/// </summary>
public class Certificate23Tests
{
    private const string Listed = "Je hebt een geldig reddersbrevet: Redder Zwembaden of Hoger Redder, of het Brevet de Sauveteur Aquatique (BSA).";
    private static readonly CandidateProfile Secondary = new() { Diploma = DiplomaLevel.Secondary };

    private static VacancyFacts With(string quote, string section, string value) =>
        Vacancy(Route(DiplomaLevel.Secondary)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.Secondary)],
                General = [new GeneralRequirement { Kind = "certificate", Value = value, Citation = Cite(quote) with { Section = section } }],
            },
        };

    [Fact]
    public void Evaluate_RequiredCertificateNotSpokenOf_AsksForItInsteadOfAYes()
    {
        var result = EligibilityTool.Evaluate(With(Listed, "Voorwaarden", "reddersbrevet Redder Zwembaden of Hoger Redder, of het Brevet de Sauveteur Aquatique (BSA)"), Secondary);

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains("certificate", result.Missing);
    }

    [Theory]
    [InlineData("brevet hoger redder")]
    [InlineData("brevet redder zwembaden")]
    public void Evaluate_AnyNameOfTheList_MeetsTheCertificate(string held)
    {
        var result = EligibilityTool.Evaluate(With(Listed, "Voorwaarden", "reddersbrevet Redder Zwembaden of Hoger Redder, of het Brevet de Sauveteur Aquatique (BSA)"),
            Secondary with { Certificates = [held] });

        Assert.Equal("eligible", result.Verdict);
        Assert.Contains(result.GeneralChecks, c => c.Requirement == "certificate" && c.Outcome == "met");
    }

    [Fact]
    public void Evaluate_AnotherCertificate_IsNoYes()
    {
        var result = EligibilityTool.Evaluate(With(Listed, "Voorwaarden", "reddersbrevet Redder Zwembaden of Hoger Redder, of het Brevet de Sauveteur Aquatique (BSA)"),
            Secondary with { Certificates = ["open water lifeguard certificate"] });

        Assert.NotEqual("eligible", result.Verdict);
    }

    [Theory]
    [InlineData("Je hebt een geldig brevet Hoger Redder.", "2. Redder openluchtzwembad")]
    [InlineData("Je hebt een attest EHBO, of je behaalt het binnen de 6 maanden na je indiensttreding.", "Toelatingsvoorwaarden")]
    [InlineData("Je hebt een attest EHBO.", "Diplomavereisten (één van beide)")]
    public void Evaluate_CertificateOfOneJobOrToObtainLater_StaysAReminder(string quote, string section)
    {
        var result = EligibilityTool.Evaluate(With(quote, section, "attest EHBO"), Secondary);

        Assert.Equal("eligible", result.Verdict);
        Assert.Contains(result.Reminders, r => r.Kind == "certificate");
    }
}
