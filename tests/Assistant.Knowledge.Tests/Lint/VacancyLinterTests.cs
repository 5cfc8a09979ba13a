using Assistant.Core.Facts;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Lint;
using Assistant.Knowledge.Tests.Extraction;

namespace Assistant.Knowledge.Tests.Lint;

public sealed class VacancyLinterTests
{
    [Fact]
    public void Check_KortrijkSeed_SaysNoDeadlineAndYearInferred()
    {
        var sut = VacancyLinter.Check(TestKnowledge.Seed("kortrijk"), []);
        Assert.Contains(sut, f => f.Severity == "missing" && f.Field == "applicationDeadline");
        Assert.Contains(sut, f => f.Severity == "inferred" && f.Message.Contains("year inferred", StringComparison.Ordinal) && f.Message.Contains("10 december", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LievegemSeed_SaysDeadlineYearInferred()
    {
        var sut = VacancyLinter.Check(TestKnowledge.Seed("lievegem"), []);
        Assert.Contains(sut, f => f.Severity == "inferred" && f.Field == "applicationDeadline");
    }

    [Fact]
    public void Check_MinAboveMaxAndStepsOutOfOrder_AreInconsistent()
    {
        var cite = new Citation("v", "d", "s", "q", 0, 1);
        var facts = new VacancyFacts
        {
            Id = "v",
            ApplicationDeadline = new Deadline(new DateOnly(2026, 3, 1), null, true, false, cite),
            Salary = new Salary { Min = 4000, Max = 3000, Published = [] },
            SelectionSteps =
            [
                new SelectionStep { Order = 1, Name = "A", Dates = [new StepDate { Date = new DateOnly(2026, 3, 10) }], Citation = cite },
                new SelectionStep { Order = 2, Name = "B", Dates = [new StepDate { Date = new DateOnly(2026, 2, 10) }], Citation = cite },
            ],
        };
        var sut = VacancyLinter.Check(facts, [new LoadError("v", "x.pdf", "broken")]);
        Assert.Contains(sut, f => f.Severity == "inconsistent" && f.Field == "salary");
        Assert.Contains(sut, f => f.Severity == "inconsistent" && f.Message.Contains("before the earlier step", StringComparison.Ordinal));
        Assert.Contains(sut, f => f.Severity == "inconsistent" && f.Message.Contains("before the application deadline", StringComparison.Ordinal));
        Assert.Contains(sut, f => f.Severity == "error" && f.Field == "x.pdf");
    }

    [Fact]
    public void Check_IndexedAmountNextToAmountsAt100_IsNotOutsideTheRange()
    {
        var facts = TestKnowledge.FromText("Attaché\n\nSalaris\n\nJe bruto jaarsalaris aan 100%: minimum € 24.120,00, maximum € 37.000,00.\nJe geïndexeerd bruto aanvangssalaris: € 50.760,73 per jaar.");
        var sut = VacancyLinter.Check(facts, []);
        Assert.Equal("index-100", facts.Salary?.Basis);
        Assert.DoesNotContain(sut, f => f.Field == "salary.published");
    }

    [Fact]
    public void Check_ContinuousRecruitment_IsNoMissingDeadline()
    {
        var cite = new Citation("v", "d", "s", "We werven doorlopend aan.", 0, 1);
        var facts = new VacancyFacts { Id = "v", ContinuousRecruitment = true, Citations = new Dictionary<string, Citation> { ["continuousRecruitment"] = cite } };
        Assert.DoesNotContain(VacancyLinter.Check(facts, []), f => f.Field == "applicationDeadline");
    }
}
