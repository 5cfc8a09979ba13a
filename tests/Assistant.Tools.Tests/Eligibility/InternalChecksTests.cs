using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>Promotion routes: every condition checked on its own, the missing one asked, "via bevordering" judging the internal route only.</summary>
public sealed class InternalChecksTests
{
    private static readonly InternalCondition FourYearsInCWithEvaluation = new()
    {
        MinSeniorityMonths = 48,
        SeniorityKind = "service",
        Level = "C",
        LevelComparison = "exact",
        FavourableEvaluation = true,
    };

    private static CandidateProfile Internal(int? months, string? level, bool? evaluation, bool promotion = false) => new()
    {
        Internal = new InternalStatus(true, null, months, level) { FavourableEvaluation = evaluation, PromotionAsked = promotion },
    };

    [Fact]
    public void Evaluate_SeniorityTooShort_FailsNamingRequiredAndGivenYears()
    {
        var sut = InternalChecks.Evaluate(InternalRoute(FourYearsInCWithEvaluation), FourYearsInCWithEvaluation, Internal(30, "C", true)).ToList();

        var seniority = Assert.Single(sut, c => c.Requirement == "internal-seniority");
        Assert.Equal(("not-met", "4", "2.5", "C"), (seniority.Outcome, seniority.Required, seniority.Given, seniority.Caveat));
    }

    [Fact]
    public void Evaluate_UnfavourableEvaluation_Fails()
    {
        var sut = InternalChecks.Evaluate(InternalRoute(FourYearsInCWithEvaluation), FourYearsInCWithEvaluation, Internal(60, "C", false)).ToList();

        Assert.Equal("not-met", Assert.Single(sut, c => c.Requirement == "internal-evaluation").Outcome);
    }

    [Fact]
    public void Evaluate_LevelAndEvaluationGivenSeniorityNot_AsksTheSeniorityFirst()
    {
        var sut = RouteChecks.Evaluate(InternalRoute(FourYearsInCWithEvaluation), Internal(null, "C", true));

        Assert.Equal("unknown", sut.Outcome);
        Assert.Equal("internal-seniority", sut.Checks.First(c => c.Outcome == "unknown").Requirement);
    }

    [Fact]
    public void Evaluate_StatutoryCandidate_MeetsAnIndefiniteContractCondition()
    {
        var condition = new InternalCondition { Contract = "indefinite" };

        var sut = InternalChecks.Evaluate(InternalRoute(condition), condition, new CandidateProfile { Internal = new InternalStatus(true, "statutory") });

        Assert.Equal("met", Assert.Single(sut).Outcome);
    }

    [Fact]
    public void EligibilityTool_PromotionAskedAndInternalRouteFails_IsNotEligibleEvenWithAnOpenExternalRoute()
    {
        var facts = Vacancy(Route(DiplomaLevel.Bachelor), InternalRoute(FourYearsInCWithEvaluation, "internal-2"));

        var sut = EligibilityTool.Evaluate(facts, Internal(36, "C", true, promotion: true));

        Assert.Equal("not-eligible", sut.Verdict);
        Assert.All(sut.Routes, r => Assert.Equal(RouteAudience.Internal, r.Route.Audience));
    }

    [Fact]
    public void EligibilityTool_InternalWithoutAskingForPromotion_KeepsTheExternalRouteOpen()
    {
        var facts = Vacancy(Route(DiplomaLevel.Bachelor), InternalRoute(FourYearsInCWithEvaluation, "internal-2"));

        var sut = EligibilityTool.Evaluate(facts, Internal(36, "C", true));

        Assert.Equal("need-info", sut.Verdict);
        Assert.Equal(["diploma"], sut.Missing);
    }

    [Fact]
    public void InternalStatus_Merge_KeepsWhatTheNewerStatementDoesNotSay()
    {
        var earlier = new InternalStatus(true, null, null, "D") { FavourableEvaluation = true, PromotionAsked = true };

        var sut = earlier.Merge(new InternalStatus(true, SeniorityMonths: 60));

        Assert.Equal((60, "D", true, true), (sut.SeniorityMonths, sut.Level, sut.FavourableEvaluation, sut.PromotionAsked));
    }

    [Fact]
    public void Evaluate_OnlyInternalRoutesAndNothingSaidAboutStaff_AsksWhetherTheCandidateIsStaffNeverEligible()
    {
        var facts = Vacancy(InternalRoute(FourYearsInCWithEvaluation));

        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Secondary });

        Assert.Equal("need-info", sut.Verdict);
        Assert.Contains("internal", sut.Missing);
    }

    [Fact]
    public void Evaluate_OnlyInternalRoutesAndAnExternalCandidate_IsNotJudgedOnThem()
    {
        var facts = Vacancy(InternalRoute(FourYearsInCWithEvaluation));

        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { Internal = new InternalStatus(false, null) });

        Assert.NotEqual("eligible", sut.Verdict);
        Assert.Null(sut.Route);
    }
}
