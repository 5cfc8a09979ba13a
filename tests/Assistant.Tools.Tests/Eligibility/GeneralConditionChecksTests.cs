using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>Licence codes, internal-only vacancies and a stated CEFR level: checked when the candidate spoke of them, never an unchecked yes.</summary>
public class GeneralConditionChecksTests
{
    private static GeneralRequirement General(string kind, string? value) => new() { Kind = kind, Value = value, Citation = Cite(kind + " " + value) };

    private static VacancyFacts NoDiploma(params GeneralRequirement[] general) =>
        Vacancy(Route(DiplomaLevel.None)) with { Requirements = new Requirements { Routes = [Route(DiplomaLevel.None)], General = general } };

    private static VacancyFacts Bachelor(params GeneralRequirement[] general) =>
        Vacancy(Route(DiplomaLevel.Bachelor)) with { Requirements = new Requirements { Routes = [Route(DiplomaLevel.Bachelor)], General = general } };

    [Fact]
    public void Evaluate_AllCategoriesAndCodesHeld_IsEligible()
    {
        var facts = NoDiploma(General("licence", "C"), General("licence-code", "95"));
        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { DrivingLicence = true, LicenceCategories = ["C"], LicenceCodes = ["95"] });

        Assert.Equal("eligible", result.Verdict);
        Assert.All(result.GeneralChecks, c => Assert.Equal("met", c.Outcome));
    }

    [Fact]
    public void Evaluate_OnlyALowerCategory_IsNotEligibleWithTheLicenceLine()
    {
        var facts = NoDiploma(General("licence", "C"), General("licence-code", "95"));
        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { DrivingLicence = true, LicenceCategories = ["B"], LacksLicenceCodes = true });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Contains(result.GeneralChecks, c => c.Requirement == "licence" && c.Outcome == "not-met" && c.Citation.Quote == "licence C");
    }

    [Fact]
    public void Evaluate_CodeNotMentioned_IsNeedInfoNeverYes()
    {
        var facts = NoDiploma(General("licence", "C"), General("licence-code", "95"));
        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { DrivingLicence = true, LicenceCategories = ["C"] });

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains("licence-code", result.Missing);
    }

    [Fact]
    public void Evaluate_CodeLacking_IsNotEligible()
    {
        var facts = NoDiploma(General("licence-code", "ADR"));
        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { DrivingLicence = true, LicenceCategories = ["CE"], LicenceCodes = ["95"], LacksLicenceCodes = true });

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_ExternalCandidateOnAnInternalOnlyVacancy_IsNotEligibleQuotingTheLine()
    {
        var route = InternalRoute(new InternalCondition { Level = "C", MinSeniorityMonths = 48 });
        var facts = Vacancy(route) with { Requirements = new Requirements { Routes = [route], General = [General("internal-only", null)] } };

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Master, Internal = new InternalStatus(false) });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Equal("internal-only ", Assert.Single(result.GeneralChecks, c => c.Outcome == "not-met").Citation.Quote);
    }

    [Theory]
    [InlineData(60, "eligible")]
    [InlineData(24, "not-eligible")]
    public void Evaluate_InternalCandidateOnAnInternalOnlyVacancy_IsCheckedOnTheInternalRoute(int months, string verdict)
    {
        var route = InternalRoute(new InternalCondition { Level = "C", MinSeniorityMonths = 48 });
        var facts = Vacancy(route) with { Requirements = new Requirements { Routes = [route], General = [General("internal-only", null)] } };

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Internal = new InternalStatus(true, SeniorityMonths: months, Level: "C") });

        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Evaluate_InternalOnlyLineBesideAnExternalRoute_DecidesNothing()
    {
        var internalRoute = InternalRoute(new InternalCondition { Level = "C", MinSeniorityMonths = 48 });
        var facts = Vacancy(Route(DiplomaLevel.Bachelor), internalRoute) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Bachelor), internalRoute], General = [General("internal-only", null)] },
        };

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Internal = new InternalStatus(false) });

        Assert.Equal("eligible", result.Verdict);
    }

    [Theory]
    [InlineData("B2", "A2", "not-eligible")]
    [InlineData("B2", "B2", "eligible")]
    [InlineData("B1", "C1", "eligible")]
    [InlineData(null, "C1", "need-info")]
    public void Evaluate_StatedDutchLevel_IsComparedWithTheRequiredLevel(string? required, string given, string verdict)
    {
        var result = EligibilityTool.Evaluate(Bachelor(General("language", required)), new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DutchLevel = given });

        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Evaluate_LanguageWithoutAStatedLevel_StaysAReminder()
    {
        var result = EligibilityTool.Evaluate(Bachelor(General("language", "B2")), new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal("eligible", result.Verdict);
        Assert.Contains(result.Reminders, r => r.Kind == "language");
    }
}
