using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// Requirement sentences no rule read that the candidate's own words settle (not-required and premium lines,
/// licence categories, a licence to obtain after starting), and never a yes where the words do not.
/// </summary>
public sealed class OwnWordLinesTests
{
    private static readonly CandidateProfile Bachelor = new() { Diploma = DiplomaLevel.Bachelor };

    private static VacancyFacts With(string[] touches, string quote) => Vacancy(Route(DiplomaLevel.Bachelor)) with
    {
        Requirements = new Requirements { Routes = [Route(DiplomaLevel.Bachelor)], Unparsed = [new UnparsedRequirement(touches, Cite(quote))] },
    };

    [Theory]
    [InlineData(new[] { "language" }, "Kennis van het Engels is geen vereiste bij de start.")]
    [InlineData(new[] { "certificate" }, "Wie een attest elementaire kennis Duits heeft, krijgt een taalpremie.")]
    [InlineData(new[] { "diploma" }, "De stad betaalt de opleiding en het examen.")]
    public void Evaluate_LineThatAsksNothing_DoesNotHoldAYesBack(string[] touches, string quote)
    {
        var profile = Bachelor with { DutchLevel = "C1", Certificates = ["VCA"], LanguagesMentioned = true };

        var result = EligibilityTool.Evaluate(With(touches, quote), profile);

        Assert.Equal("eligible", result.Verdict);
        Assert.Contains(result.Preferences, p => p.NotRequired && p.Citation.Quote == quote);
    }

    [Theory]
    [InlineData("Geldig rijbewijs D of DE (een rijbewijs B of C alleen volstaat niet).", new[] { "DE" }, "eligible")]
    [InlineData("Geldig rijbewijs D of DE (een rijbewijs B of C alleen volstaat niet).", new[] { "C" }, "need-info")]
    [InlineData("Je hebt een rijbewijs C en minstens 2 jaar rijervaring.", new[] { "C" }, "need-info")]
    public void Evaluate_LicenceLine_IsMetOnlyByACategoryItRequires(string quote, string[] categories, string verdict)
    {
        var result = EligibilityTool.Evaluate(With(["licence"], quote), Bachelor with { DrivingLicence = true, LicenceCategories = categories });

        Assert.Equal(verdict, result.Verdict);
    }

    [Theory]
    [InlineData("Heb je nog geen rijbewijs CE? Dan behaal je het binnen de zes maanden na je aanwerving.", new[] { "CE" }, "eligible")]
    [InlineData("Heb je nog geen rijbewijs CE? Dan behaal je het binnen de zes maanden na je aanwerving.", new[] { "B" }, "conditional")]
    [InlineData("Wie na dat jaar geen rijbewijs C heeft, wordt niet benoemd.", new[] { "B" }, "conditional")]
    public void Evaluate_LicenceToObtainLater_IsMetOrAConditionNeverAPlainYes(string quote, string[] categories, string verdict)
    {
        var result = EligibilityTool.Evaluate(With(["licence"], quote), Bachelor with { DrivingLicence = true, LicenceCategories = categories });

        Assert.Equal(verdict, result.Verdict);
    }
}
