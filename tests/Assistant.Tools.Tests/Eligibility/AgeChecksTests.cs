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
}
