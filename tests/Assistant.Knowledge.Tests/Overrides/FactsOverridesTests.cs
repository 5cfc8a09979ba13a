using Assistant.Core.Facts;
using Assistant.Knowledge.Overrides;

namespace Assistant.Knowledge.Tests.Overrides;

public sealed class FactsOverridesTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"facts-{Guid.NewGuid():N}.yaml");
    private readonly VacancyFacts _facts = new() { Id = "v1", Title = "Oud", Salary = new Salary { Period = SalaryPeriod.Month } };

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Apply_ScalarNestedAndObject_ReplaceSingleFieldsWithCuratedCitation()
    {
        File.WriteAllText(_file, "title: Nieuwe titel\nsalary.period: year\napplicationDeadline:\n  date: 2026-03-01\n  time: \"12:00\"\n  inclusive: true\n  yearInferred: false\n");
        var (sut, errors) = FactsOverrides.Apply(_facts, _file);
        Assert.Empty(errors);
        Assert.Equal("Nieuwe titel", sut.Title);
        Assert.Equal(SalaryPeriod.Year, sut.Salary?.Period);
        Assert.Equal((new DateOnly(2026, 3, 1), new TimeOnly(12, 0)), (sut.ApplicationDeadline?.Date, sut.ApplicationDeadline?.Time));
        Assert.Equal(3, sut.ApplicationDeadline!.Citation.Start);
        Assert.Equal("facts.yaml", sut.Citations["title"].Section);
    }

    [Fact]
    public void Apply_NewContractFields_CanBeCurated()
    {
        File.WriteAllText(_file, "continuousRecruitment: true\napplicationDeadline: null\nsalary.basis: index-100\nsalary.fullTimeAmounts: true\n");
        var (sut, errors) = FactsOverrides.Apply(_facts with { ApplicationDeadline = new Deadline(new DateOnly(2026, 3, 1), null, true, false, Citation.Curated("v1", "x", 1, "q")) }, _file);
        Assert.Empty(errors);
        Assert.True(sut.ContinuousRecruitment);
        Assert.Null(sut.ApplicationDeadline);
        Assert.Equal("facts.yaml", sut.Citations["continuousRecruitment"].Section);
        Assert.Equal(("index-100", (bool?)true), (sut.Salary?.Basis, sut.Salary?.FullTimeAmounts));
    }

    [Fact]
    public void Apply_BadValueAndUnknownField_ReportLineAndFieldAndKeepTheRest()
    {
        File.WriteAllText(_file, "salary.period: weekly\nbogus: 1\ntitle: Goed\n");
        var (sut, errors) = FactsOverrides.Apply(_facts, _file);
        Assert.Equal("Goed", sut.Title);
        Assert.Equal(SalaryPeriod.Month, sut.Salary?.Period);
        Assert.Collection(errors,
            e => Assert.StartsWith("line 1: field 'salary.period'", e, StringComparison.Ordinal),
            e => Assert.StartsWith("line 2: field 'bogus': unknown field", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_SyntaxError_ReportsLineAndLeavesFactsUnchanged()
    {
        File.WriteAllText(_file, "title: ok\nscale: [B1\n");
        var (sut, errors) = FactsOverrides.Apply(_facts, _file);
        Assert.Same(_facts, sut);
        Assert.Contains("YAML syntax error", Assert.Single(errors), StringComparison.Ordinal);
    }
}
