using Assistant.Core.Facts;
using Assistant.Tools.Profile;
using Assistant.Tools.Salary;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Salary;

public class SalaryToolTests
{
    private const decimal Coefficient = 2.1223m;
    private static readonly CandidateProfile Nobody = new();

    private static VacancyFacts Monthly(params SalaryPoint[] points) => new()
    {
        Id = VacancyId,
        Organisation = "Stad Teststad",
        Scale = "B1-B3",
        Salary = new Assistant.Core.Facts.Salary
        {
            Min = points.Min(p => p.Amount),
            Max = points.Max(p => p.Amount),
            Published = points,
            Caps = [Cap("private", 10), Cap("self-employed", 10), Cap("public", null)],
        },
    };

    private static readonly VacancyFacts Published = Monthly(Point(3000m, 0), Point(3300m, 5), Point(3600m, 10));

    private static CandidateProfile With(params ExperienceEntry[] experience) => new() { Experience = experience };

    private static SalaryScaleTable Table(params decimal[] yearly) => new("Stad Teststad", "B1-B3", yearly, Cite("scale table"));

    [Fact]
    public void Evaluate_PublishedSeniority_GivesThePublishedPoint()
    {
        var result = SalaryTool.Evaluate(Published, 5, Nobody, start: false, [], Coefficient);

        Assert.Equal("at-seniority", result.Kind);
        Assert.Equal(3300m, result.Exact!.Amount);
        Assert.Null(result.Computed);
        Assert.Equal(3300m * 12, result.OtherPeriodAmount);
    }

    [Fact]
    public void Evaluate_SeniorityNotPublished_GivesTheNearestPointsAround()
    {
        var result = SalaryTool.Evaluate(Published, 7, Nobody, start: false, [], Coefficient);

        Assert.Null(result.Exact);
        Assert.Null(result.Computed);
        Assert.Equal(3300m, result.Below!.Amount);
        Assert.Equal(3600m, result.Above!.Amount);
        Assert.Null(result.OtherPeriodAmount);
    }

    [Fact]
    public void Evaluate_SeniorityBeyondTheLastPoint_GivesOnlyThePointBelow()
    {
        var result = SalaryTool.Evaluate(Published, 25, Nobody, start: false, [], Coefficient);

        Assert.Equal(3600m, result.Below!.Amount);
        Assert.Null(result.Above);
    }

    [Fact]
    public void Evaluate_Start_GivesTheSeniorityZeroPoint()
    {
        var result = SalaryTool.Evaluate(Published, null, Nobody, start: true, [], Coefficient);

        Assert.Equal("start", result.Kind);
        Assert.Equal(0m, result.SeniorityYears);
        Assert.Equal(3000m, result.Exact!.Amount);
    }

    [Fact]
    public void Evaluate_StartWithOnlyAMinimumBound_GivesTheMinimum()
    {
        var sut = Monthly(Point(3059.65m, null, "min"), Point(4129.64m, null, "max"));

        var result = SalaryTool.Evaluate(sut, null, Nobody, start: true, [], Coefficient);

        Assert.Equal("start", result.Kind);
        Assert.Equal(3059.65m, result.Exact!.Amount);
    }

    [Fact]
    public void Evaluate_NeitherSeniorityNorStart_GivesTheRange()
    {
        var result = SalaryTool.Evaluate(Published, null, Nobody, start: false, [], Coefficient);

        Assert.Equal("range", result.Kind);
        Assert.Equal((3000m, 3600m), (result.Salary!.Min, result.Salary.Max));
    }

    [Fact]
    public void Evaluate_NoSalary_IsNotPublished()
    {
        var result = SalaryTool.Evaluate(new VacancyFacts { Id = VacancyId }, 3, Nobody, start: false, [], Coefficient);

        Assert.Equal("not-published", result.Kind);
        Assert.Null(result.Salary);
    }

    [Fact]
    public void Evaluate_PrivateExperienceAboveTheCap_CountsTheCap()
    {
        var result = SalaryTool.Evaluate(Published, null, With(new ExperienceEntry(15, "private")), start: false, [], Coefficient);

        var counted = Assert.Single(result.Counting);
        Assert.Equal(("private", 15m, 10m, 10, true), (counted.Kind, counted.Given, counted.Counted, counted.Cap, counted.CapKnown));
        Assert.Equal(10m, result.SeniorityYears);
        Assert.Equal(3600m, result.Exact!.Amount);
        Assert.Equal("at-seniority", result.Kind);
    }

    [Theory]
    [InlineData(15, 10, 10)]
    [InlineData(25, 18, 18)]
    [InlineData(7, 18, 7)]
    public void Count_PrivateExperience_IsCappedAtTheVacancyCap(int given, int cap, int counted)
    {
        var sut = new Assistant.Core.Facts.Salary { Caps = [Cap("private", cap)] };

        var result = SalaryTool.Count(sut, With(new ExperienceEntry(given, "private")));

        Assert.Equal(counted, Assert.Single(result).Counted);
    }

    [Fact]
    public void Count_PublicExperience_CountsInFull()
    {
        var sut = new Assistant.Core.Facts.Salary { Caps = [Cap("private", 10)] };

        var result = SalaryTool.Count(sut, With(new ExperienceEntry(22, "public"), new ExperienceEntry(15, "self-employed")));

        Assert.Equal(("public", 22m, 22m, true), (result[0].Kind, result[0].Given, result[0].Counted, result[0].CapKnown));
        Assert.Equal(("self-employed", 15m, false), (result[1].Kind, result[1].Counted, result[1].CapKnown));
    }

    [Fact]
    public void Count_PrivateWithoutKnownCap_CountsAsGivenWithCapUnknown()
    {
        var sut = new Assistant.Core.Facts.Salary();

        var result = SalaryTool.Count(sut, With(new ExperienceEntry(15, "private")));

        var counted = Assert.Single(result);
        Assert.Equal((15m, false, (int?)null), (counted.Counted, counted.CapKnown, counted.Cap));
    }

    [Fact]
    public void Count_UnlimitedPrivateCap_CountsAsGivenWithCapKnown()
    {
        var sut = new Assistant.Core.Facts.Salary { Caps = [Cap("private", null)] };

        var result = SalaryTool.Count(sut, With(new ExperienceEntry(15, "private")));

        Assert.Equal((15m, true), (result[0].Counted, result[0].CapKnown));
    }

    [Fact]
    public void Count_RelevantExperienceWhereAPrivateCapExists_IsCappedButNeverLabelledPrivate()
    {
        var sut = new Assistant.Core.Facts.Salary { Caps = [Cap("private", 10)] };

        var result = SalaryTool.Count(sut, With(new ExperienceEntry(15, "relevant")));

        Assert.Equal(("any", 10m, 10), (result[0].Kind, result[0].Counted, result[0].Cap));
    }

    [Fact]
    public void Evaluate_PublicAndPrivateExperience_AddsTheCountedYears()
    {
        var result = SalaryTool.Evaluate(Published, null, With(new ExperienceEntry(2, "public"), new ExperienceEntry(15, "private")), start: false, [], Coefficient);

        Assert.Equal(12m, result.SeniorityYears);
        Assert.Equal(3600m, result.Below!.Amount);
    }

    [Fact]
    public void Evaluate_ScaleTable_ComputesYearlyTimesCoefficientOverTwelve()
    {
        var sut = Monthly(Point(3059.65m, 0), Point(4129.64m, null, "max"));

        var result = SalaryTool.Evaluate(sut, 1, Nobody, start: false, [Table(17000m, 17300m, 17800m)], Coefficient);

        Assert.Equal(3059.65m, result.Computed); // 17300 × 2.1223 / 12 = 3059.649…
        Assert.Equal(Coefficient, result.IndexCoefficient);
        Assert.NotNull(result.Table);
        Assert.Null(result.Below);
        Assert.Equal(3059.65m * 12, result.OtherPeriodAmount);
    }

    [Fact]
    public void Evaluate_ScaleTableWithExactPoint_PrefersThePublishedAmount()
    {
        var result = SalaryTool.Evaluate(Published, 5, Nobody, start: false, [Table(17000m, 17300m, 17800m, 18000m, 18500m, 19000m)], Coefficient);

        Assert.Equal(3300m, result.Exact!.Amount);
        Assert.Null(result.Computed);
        Assert.Null(result.Table);
    }

    [Fact]
    public void Evaluate_SeniorityBeyondTheTable_UsesTheLastStep()
    {
        var result = SalaryTool.Evaluate(Published, 30, Nobody, start: false, [Table(17000m, 17300m, 17800m)], 2.0807m);

        Assert.Equal(3086.37m, result.Computed); // 17800 × 2.0807 / 12 = 3086.371…
    }

    [Fact]
    public void Evaluate_ScaleTableOfAnotherEmployer_IsNotUsed()
    {
        var other = new SalaryScaleTable("Stad Elders", "B1-B3", [17000m, 17300m], Cite());

        var result = SalaryTool.Evaluate(Published, 1, Nobody, start: false, [other], Coefficient);

        Assert.Null(result.Computed);
        Assert.Equal(3000m, result.Below!.Amount);
    }

    [Fact]
    public void Evaluate_ComputedHalfCent_RoundsUp()
    {
        // 36000.06 / 12 = 3000.005: rounded to cents as on a pay slip (half up), not to the even cent.
        var result = SalaryTool.Evaluate(Published, 1, Nobody, start: false, [Table(0m, 36000.06m)], 1m);

        Assert.Equal(3000.01m, result.Computed);
    }

    [Fact]
    public void Evaluate_YearlySalary_GivesTheMonthlyEquivalent()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            Salary = new Assistant.Core.Facts.Salary
            {
                Period = SalaryPeriod.Year,
                Min = 57548.29m,
                Max = 75852.87m,
                Published = [Point(57548.29m, 0, "min"), Point(75852.87m, null, "max")],
            },
        };

        var result = SalaryTool.Evaluate(sut, null, Nobody, start: true, [], Coefficient);

        Assert.Equal(57548.29m, result.Exact!.Amount);
        Assert.Equal(4795.69m, result.OtherPeriodAmount);
    }

    [Fact]
    public void Evaluate_YearlySalaryFromTable_IsNotDividedByTwelve()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            Organisation = "Stad Teststad",
            Scale = "B1-B3",
            Salary = new Assistant.Core.Facts.Salary { Period = SalaryPeriod.Year, Published = [Point(40000m, 0)] },
        };

        var result = SalaryTool.Evaluate(sut, 1, Nobody, start: false, [Table(20000m, 20000m)], 2m);

        Assert.Equal(40000m, result.Computed);
        Assert.Equal(3333.33m, result.OtherPeriodAmount);
    }

    [Fact]
    public void Evaluate_NoSalaryButATable_OffersTheTable()
    {
        var sut = new VacancyFacts { Id = VacancyId, Organisation = "Stad Teststad", Scale = "b1-b3" };

        var result = SalaryTool.Evaluate(sut, 1, Nobody, start: false, [Table(17000m)], Coefficient);

        Assert.Equal("not-published", result.Kind);
        Assert.NotNull(result.Table);
    }
}
