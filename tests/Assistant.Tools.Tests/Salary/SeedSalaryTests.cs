using Assistant.Core.Facts;
using Assistant.Tools.Profile;
using Assistant.Tools.Salary;
using static Assistant.Tools.Tests.SeedKnowledge;

namespace Assistant.Tools.Tests.Salary;

/// <summary>The seed vacancies' salary facts, as extracted by the real pipeline, for candidates' seniority.</summary>
public class SeedSalaryTests
{
    private const decimal Coefficient = 2.1223m;

    private static SalaryAnswer Ask(string seed, int? seniority = null, CandidateProfile? profile = null, bool start = false) =>
        SalaryTool.Evaluate(Seed(seed), seniority, profile ?? new CandidateProfile(), start, [], Coefficient);

    private static CandidateProfile Private(int years) => new() { Experience = [new ExperienceEntry(years, "private")] };

    [Fact]
    public void Evaluate_HarelbekeAtTwelveYears_IsThePublishedAmount()
    {
        var result = Ask("harelbeke", seniority: 12);

        Assert.Equal(3590.22m, result.Exact!.Amount);
    }

    [Fact]
    public void Evaluate_HarelbekeStart_IsTheStartingAmount()
    {
        var result = Ask("harelbeke", start: true);

        Assert.Equal("start", result.Kind);
        Assert.Equal(3123.31m, result.Exact!.Amount);
    }

    [Fact]
    public void Evaluate_HarelbekeAtFiveYears_GivesThePointsAround()
    {
        var result = Ask("harelbeke", seniority: 5);

        Assert.Null(result.Exact);
        Assert.Equal((3123.31m, 3590.22m), (result.Below!.Amount, result.Above!.Amount));
    }

    [Fact]
    public void Evaluate_LievegemFifteenYearsPrivate_CountsTenYears()
    {
        var result = Ask("lievegem", profile: Private(15));

        var counted = Assert.Single(result.Counting);
        Assert.Equal((15m, 10m, 10), (counted.Given, counted.Counted, counted.Cap));
        Assert.Equal(5354m, result.Exact!.Amount);
    }

    [Fact]
    public void Evaluate_KortrijkTwentyFiveYearsPrivate_CountsEighteenYears()
    {
        var result = Ask("kortrijk", profile: Private(25));

        Assert.Equal(18m, result.SeniorityYears);
        Assert.Equal(4620.89m, result.Exact!.Amount);
    }

    [Fact]
    public void Evaluate_KamerStart_IsYearlyWithTheMonthlyEquivalent()
    {
        var result = Ask("kamer", start: true);

        Assert.Equal(SalaryPeriod.Year, result.Salary!.Period);
        Assert.Equal(57548.29m, result.Exact!.Amount);
        Assert.Equal(4795.69m, result.OtherPeriodAmount);
    }

    [Fact]
    public void Evaluate_KamerWithoutSeniority_IsTheYearlyRange()
    {
        var result = Ask("kamer");

        Assert.Equal("range", result.Kind);
        Assert.Equal((57548.29m, 75852.87m), (result.Salary!.Min, result.Salary.Max));
    }

    [Fact]
    public void Evaluate_AntwerpenWithTheB1Table_ComputesTheStartAmount()
    {
        var sut = Seed("provincie-antwerpen");
        var table = new SalaryScaleTable(sut.Organisation!, sut.Scale!, [17300m, 17300m, 17800m], TestFacts.Cite("B1"));

        var result = SalaryTool.Evaluate(sut, 2, new CandidateProfile(), start: false, [table], Coefficient);

        Assert.Equal(Math.Round(17800m * Coefficient / 12, 2), result.Computed);
        Assert.Equal(3059.65m, Math.Round(17300m * Coefficient / 12, 2)); // the published start amount
    }
}
