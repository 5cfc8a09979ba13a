using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>Age conditions: met, failed, open when the age is unknown; per job, the job the question names decides.</summary>
public class AgeChecksTests
{
    private static readonly CandidateProfile Bachelor = new() { Diploma = DiplomaLevel.Bachelor };

    private static GeneralRequirement Age(string kind, string years, string? job = null) =>
        new() { Kind = kind, Value = years, Job = job, OnDate = "2031-07-01", Citation = Cite($"{job} {kind} {years} jaar") with { Start = int.Parse(years, System.Globalization.CultureInfo.InvariantCulture) * 10 } };

    private static VacancyFacts With(params GeneralRequirement[] general) =>
        Vacancy(Route(DiplomaLevel.Bachelor)) with { Requirements = new Requirements { Routes = [Route(DiplomaLevel.Bachelor)], General = general } };

    [Theory]
    [InlineData(15, "not-eligible")]
    [InlineData(16, "eligible")]
    [InlineData(40, "eligible")]
    [InlineData(null, "need-info")]
    public void Evaluate_MinimumAge_MetFailedOrOpen(int? age, string verdict)
    {
        var result = EligibilityTool.Evaluate(With(Age("min-age", "16")), Bachelor with { Age = age });

        Assert.Equal(verdict, result.Verdict);
        if (age is null)
        {
            Assert.Contains("age", result.Missing);
        }
    }

    [Theory]
    [InlineData(17, "eligible")]
    [InlineData(25, "eligible")]
    [InlineData(26, "not-eligible")]
    [InlineData(16, "not-eligible")]
    public void Evaluate_AgeRange_BothBoundsDecide(int age, string verdict)
    {
        var result = EligibilityTool.Evaluate(With(Age("min-age", "17"), Age("max-age", "25")), Bachelor with { Age = age });

        Assert.Equal(verdict, result.Verdict);
    }

    [Theory]
    [InlineData("Mag ik als strandwacht beginnen?", 17, "not-eligible")]
    [InlineData("Mag ik in de cafetaria werken?", 17, "eligible")]
    [InlineData("Mag ik hier werken?", 17, "need-info")]
    [InlineData("Mag ik hier werken?", 19, "eligible")]
    [InlineData("Mag ik hier werken?", 15, "not-eligible")]
    public void ForQuestion_AgesPerJob_TheNamedJobDecidesOtherwiseOneOutcomeForAllOrOpen(string question, int age, string verdict)
    {
        var facts = With(Age("min-age", "16", "cafetaria en onthaal"), Age("min-age", "18", "strandwacht"));

        var result = EligibilityTool.Evaluate(AgeChecks.ForQuestion(facts, question), Bachelor with { Age = age });

        Assert.Equal(verdict, result.Verdict);
        if (verdict == "need-info")
        {
            Assert.Equal(2, result.UncheckedLines.Count(c => c.Quote.Contains("min-age", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Evaluate_NoRoutes_AnOpenAgeIsAskedBeforeTheUnclearRequirements_AndNeverGivesAYes()
    {
        var facts = Vacancy() with { Requirements = new Requirements { General = [Age("min-age", "16")] } };

        var unknown = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Secondary });
        var tooYoung = EligibilityTool.Evaluate(facts, new CandidateProfile { Age = 15 });
        var oldEnough = EligibilityTool.Evaluate(facts, new CandidateProfile { Age = 17 });

        Assert.Equal(("need-info", "age", null), (unknown.Verdict, unknown.Missing[0], unknown.ReferTo));
        Assert.Equal("not-eligible", tooYoung.Verdict);
        Assert.Equal(("need-info", "requirements", "no-requirements"), (oldEnough.Verdict, oldEnough.Missing[0], oldEnough.ReferTo));
    }

    [Theory]
    [InlineData("min-age", "16", 15, "2031-03-31", "eligible")]      // turns 16 in March, counted on 1 July
    [InlineData("min-age", "16", 15, "2031-08-31", "not-eligible")]  // turns 16 in August, after the day
    [InlineData("min-age", "16", 15, "2031-07-31", "need-info")]     // the month of the day itself: the date decides
    [InlineData("min-age", "16", 15, null, "need-info")]             // no month said: the age on the day is asked
    [InlineData("max-age", "34", 34, "2031-05-31", "not-eligible")]  // turns 35 before the day
    [InlineData("max-age", "34", 34, null, "need-info")]
    [InlineData("max-age", "34", 34, "2031-09-30", "eligible")]
    public void Evaluate_AboutToReachTheDecidingAge_TheDayNamedDecides(string kind, string years, int age, string? by, string verdict)
    {
        var profile = Bachelor with { Age = age, AgeSoon = age + 1, AgeSoonBy = by is null ? null : DateOnly.Parse(by, System.Globalization.CultureInfo.InvariantCulture) };

        var result = EligibilityTool.Evaluate(With(Age(kind, years)), profile);

        Assert.Equal(verdict, result.Verdict);
        if (verdict == "need-info")
        {
            Assert.Contains("age", result.Missing);
        }
    }

    [Theory]
    [InlineData("2031-06-30", "not-eligible")] // turns 18 after the deadline the condition is judged on
    [InlineData("2031-01-31", "eligible")]     // turns 18 before it
    public void Evaluate_AgeWithoutItsOwnDay_IsJudgedOnTheDeadline(string by, string verdict)
    {
        var age = new GeneralRequirement { Kind = "min-age", Value = "18", Citation = Cite("Minstens 18 jaar oud zijn.") };
        var facts = With(age) with { ApplicationDeadline = Deadline(2031, 3, 1) };
        var profile = Bachelor with { Age = 17, AgeSoon = 18, AgeSoonBy = DateOnly.Parse(by, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(verdict, EligibilityTool.Evaluate(facts, profile).Verdict);
    }
}
