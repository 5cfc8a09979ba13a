using Assistant.Core.Facts;
using Assistant.Tools.Lookups;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Lookups;

public class ComparisonToolTests
{
    private static readonly DateTimeOffset Now = At(2025, 12, 1, 10, 0, 1);

    private static VacancyFacts Closing(string id, Deadline? deadline) => WithDeadline(deadline, id);

    private static readonly VacancyFacts[] Vacancies =
    [
        Closing("late", Deadline(2026, 2, 1)),
        Closing("closed", Deadline(2025, 10, 26, new TimeOnly(23, 59))),
        Closing("unknown", null),
        Closing("soon", Deadline(2025, 12, 14)),
        Closing("today", Deadline(2025, 12, 1, new TimeOnly(12, 0))),
    ];

    private static VacancyFacts Salaried(string id, SalaryPeriod period, string? scale, params SalaryPoint[] points) => new()
    {
        Id = id,
        Scale = scale,
        Salary = new Assistant.Core.Facts.Salary { Period = period, Min = points.Min(p => p.Amount), Published = points },
    };

    [Fact]
    public void Open_Now_ListsOpenVacanciesClosingSoonestFirstThenUnstated()
    {
        var result = ComparisonTool.Open(Vacancies, Now);

        Assert.Equal(["today", "soon", "late", "unknown"], result.Select(s => s.Facts.Id));
        Assert.Equal("not-stated", result[^1].Deadline.Status);
    }

    [Fact]
    public void Open_WithinDays_KeepsOnlyThoseClosingInTimeAndNoUnstated()
    {
        var result = ComparisonTool.Open(Vacancies, Now, withinDays: 13);

        Assert.Equal(["today", "soon"], result.Select(s => s.Facts.Id));
    }

    [Fact]
    public void Open_WithinDaysOneShort_LeavesOutTheDeadlineAfterIt()
    {
        var result = ComparisonTool.Open(Vacancies, Now, withinDays: 12);

        Assert.Equal(["today"], result.Select(s => s.Facts.Id));
    }

    [Fact]
    public void Open_AfterTheStatedTimeToday_LeavesTheVacancyOut()
    {
        var result = ComparisonTool.Open(Vacancies, At(2025, 12, 1, 12, 0, 1));

        Assert.DoesNotContain(result, s => s.Facts.Id == "today");
    }

    [Fact]
    public void Admissible_LacksBachelor_KeepsTestRoutesAndOpenQuestionsBestFirst()
    {
        var vacancies = new[]
        {
            Vacancy(Route(DiplomaLevel.Bachelor)) with { Id = "bachelor-only" },
            Vacancy(Route(DiplomaLevel.Bachelor), Route(DiplomaLevel.None, "external-2", test: "redeneertest")) with { Id = "with-test" },
            Vacancy(Route(DiplomaLevel.Secondary, years: 2, kind: "relevant")) with { Id = "secondary" },
            Vacancy(Route(DiplomaLevel.None)) with { Id = "none" },
        };

        var result = ComparisonTool.Admissible(vacancies, new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor }, Now);

        Assert.Equal(["none", "with-test", "secondary"], result.Select(s => s.Facts.Id));
        Assert.Equal(["eligible", "conditional", "need-info"], result.Select(s => s.Eligibility!.Verdict));
    }

    [Fact]
    public void ByStartSalary_YearlyAmounts_AreComparedPerMonth()
    {
        var vacancies = new[]
        {
            Salaried("monthly", SalaryPeriod.Month, "B1-B3", Point(3123.31m, 0), Point(3590.22m, 12)),
            Salaried("yearly", SalaryPeriod.Year, null, Point(57548.29m, 0, "min"), Point(75852.87m, null, "max")),
            Salaried("from-one-year", SalaryPeriod.Month, "B1-B3", Point(3086.37m, 1, "min")),
            new VacancyFacts { Id = "no-salary", Scale = "B1-B3" },
        };

        var result = ComparisonTool.ByStartSalary(vacancies, Now);

        Assert.Equal(["yearly", "monthly", "from-one-year"], result.Select(s => s.Facts.Id));
        Assert.Equal([4795.69m, 3123.31m, 3086.37m], result.Select(s => s.StartSalary!.Value));
    }

    [Fact]
    public void ByStartSalary_OneScale_KeepsOnlyThatScale()
    {
        var vacancies = new[]
        {
            Salaried("b", SalaryPeriod.Month, "B1-B3", Point(3123.31m, 0)),
            Salaried("a", SalaryPeriod.Month, "A4a-A4b", Point(4470m, 0)),
        };

        var result = ComparisonTool.ByStartSalary(vacancies, Now, "b1-b3");

        Assert.Equal("b", Assert.Single(result).Facts.Id);
    }

    [Fact]
    public void ByStartSalary_OnlyRangeBounds_UsesTheMinimum()
    {
        var sut = Salaried("range", SalaryPeriod.Month, null, Point(3059.65m, null, "min"), Point(4129.64m, null, "max"));

        var result = ComparisonTool.ByStartSalary([sut], Now);

        Assert.Equal(3059.65m, result[0].StartSalary);
    }

    [Fact]
    public void ByStartSalary_AmountsAtIndex100_AreMultipliedByTheCoefficient()
    {
        var yearly = Salaried("at-100", SalaryPeriod.Year, null, Point(18000m, 0));
        var vacancies = new[] { yearly with { Salary = yearly.Salary! with { Basis = "index-100" } }, Salaried("indexed", SalaryPeriod.Month, null, Point(3000m, 0)) };

        var result = ComparisonTool.ByStartSalary(vacancies, Now, indexCoefficient: 2m);

        Assert.Equal([("at-100", 3000m), ("indexed", 3000m)], result.Select(s => (s.Facts.Id, s.StartSalary!.Value)).OrderBy(x => x.Item1));
    }

    [Fact]
    public void BySalary_AtASeniority_RanksThePublishedAmountsAndPutsThoseWithoutOneLast()
    {
        var vacancies = new[]
        {
            Salaried("low", SalaryPeriod.Month, "C1-C3", Point(2600m, 0), Point(2900m, 6)),
            Salaried("high", SalaryPeriod.Month, "B1-B3", Point(3100m, 0), Point(3500m, 6)),
            Salaried("no-point", SalaryPeriod.Month, "B1-B3", Point(3300m, 0), Point(4000m, 10)),
        };

        var result = ComparisonTool.BySalary(vacancies, Now, 6, new CandidateProfile(), null, [], 1m);

        Assert.Equal([("high", (decimal?)3500m), ("low", 2900m), ("no-point", null)], result.Select(s => (s.Facts.Id, s.StartSalary)));
    }

    [Fact]
    public void BySalary_ForALevel_KeepsOnlyVacanciesOfThatLevel()
    {
        var vacancies = new[]
        {
            Salaried("c", SalaryPeriod.Month, "C1-C3", Point(2600m, 0)) with { Level = "C" },
            Salaried("b", SalaryPeriod.Month, "B1-B3", Point(3100m, 0)) with { Level = "B" },
        };

        var result = ComparisonTool.BySalary(vacancies, Now, null, new CandidateProfile(), DiplomaLevel.Bachelor, [], 1m);

        Assert.Equal("b", Assert.Single(result).Facts.Id);
    }

    [Fact]
    public void BySalary_AtTheTopOfTheScale_RanksByTheHighestAmountNotTheStart()
    {
        // A higher start with a short scale ranks below a lower start whose scale ends higher.
        var vacancies = new[]
        {
            Salaried("short-scale", SalaryPeriod.Month, "C3", Point(3000m, 0), Point(3300m, 20)),
            Salaried("long-scale", SalaryPeriod.Month, "C1-C3", Point(2700m, 0), Point(3900m, 27)),
            Salaried("range-only", SalaryPeriod.Month, "B1", Point(2800m, 0)) with { Salary = new Assistant.Core.Facts.Salary { Period = SalaryPeriod.Month, Min = 2800m, Max = 3600m } },
        };

        var result = ComparisonTool.BySalary(vacancies, Now, null, new CandidateProfile(), null, [], 1m, top: true);

        Assert.Equal([("long-scale", (decimal?)3900m), ("range-only", 3600m), ("short-scale", 3300m)], result.Select(s => (s.Facts.Id, s.StartSalary)));
    }
}
