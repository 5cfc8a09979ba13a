using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>A student job's conditions (being a student, weeks of availability) and an internal candidate's unstated contract.</summary>
public sealed class Elig12ChecksTests
{
    private static GeneralRequirement General(string kind, string? value) => new() { Kind = kind, Value = value, Citation = Cite(kind + " " + value) };

    private static VacancyFacts StudentJob() =>
        Vacancy(Route(DiplomaLevel.None)) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.None)], General = [General("student", null), General("min-weeks", "3")] },
        };

    [Fact]
    public void Evaluate_NoLongerAStudent_IsNotEligible()
    {
        var sut = EligibilityTool.Evaluate(StudentJob(), new CandidateProfile { Student = false, Age = 23 });

        Assert.Equal("not-eligible", sut.Verdict);
        Assert.Contains(sut.GeneralChecks, c => c.Requirement == "student" && c.Outcome == "not-met");
    }

    [Fact]
    public void Evaluate_FewerWeeksThanRequired_IsNotEligibleWithBothNumbers()
    {
        var sut = EligibilityTool.Evaluate(StudentJob(), new CandidateProfile { Student = true, AvailableWeeks = 2 });

        Assert.Equal("not-eligible", sut.Verdict);
        var weeks = Assert.Single(sut.GeneralChecks, c => c.Requirement == "min-weeks");
        Assert.Equal(("not-met", "3", "2"), (weeks.Outcome, weeks.Required, weeks.Given));
    }

    [Fact]
    public void Evaluate_StudentWithoutSayingWeeks_IsEligibleWithTheWeeksAsReminder()
    {
        var sut = EligibilityTool.Evaluate(StudentJob(), new CandidateProfile { Student = true, Age = 19 });

        Assert.Equal("eligible", sut.Verdict);
        Assert.Contains(sut.Reminders, r => r.Kind == "min-weeks");
    }

    [Fact]
    public void Evaluate_InternalCandidateWithoutContractWhereAnyPermanentPositionCounts_IsEligibleWithTheLineToCheck()
    {
        var condition = new InternalCondition { MinSeniorityMonths = 48, SeniorityKind = "level", Level = "C", LevelComparison = "exact", Contract = "indefinite" };
        var facts = Vacancy(InternalRoute(condition));
        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { Internal = new InternalStatus(true, null, 60, "C") });

        Assert.Equal("eligible", sut.Verdict);
        Assert.Contains(sut.ToCheck, u => u.Touches.Contains("internal"));
    }

    [Fact]
    public void Evaluate_InternalCandidateWithoutContractWhereOnlyStatutoryCounts_StillAsks()
    {
        var condition = new InternalCondition { MinSeniorityMonths = 48, SeniorityKind = "level", Level = "C", LevelComparison = "exact", Contract = "statutory" };
        var facts = Vacancy(InternalRoute(condition));
        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { Internal = new InternalStatus(true, null, 60, "C") });

        Assert.Equal("need-info", sut.Verdict);
        Assert.Contains("internal-contract", sut.Missing);
    }

    [Theory]
    [InlineData("C1", "met")]
    [InlineData("B1", "not-met")]
    public void Evaluate_LanguageAttestAtAStatedLevel_IsJudgedOnThatLevel(string level, string outcome)
    {
        var language = new GeneralRequirement { Kind = "language", Value = "B2", Citation = Cite("Heb je je diploma niet in het Nederlands behaald? Dan toon je niveau B2 aan met een taalattest.") };
        var sut = GeneralChecks.Evaluate(language, new CandidateProfile { DiplomaLanguage = "fr", DutchLevel = level, DutchAttest = true });

        Assert.Equal(outcome, sut?.Outcome);
    }
}
