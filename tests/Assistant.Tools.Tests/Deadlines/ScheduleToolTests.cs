using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Deadlines;

public class ScheduleToolTests
{
    private static readonly VacancyFacts Procedure = new()
    {
        Id = VacancyId,
        SelectionSteps =
        [
            Step(1, "Schriftelijke proef", "written") with { Dates = [new StepDate { Date = new DateOnly(2026, 1, 4), Time = new TimeOnly(18, 0) }] },
            Step(2, "Mondelinge proef", "oral") with
            {
                Dates =
                [
                    new StepDate { Date = new DateOnly(2026, 1, 9), Qualifiers = ["morning", "alternative"] },
                    new StepDate { Date = new DateOnly(2026, 1, 8), Qualifiers = ["morning", "alternative"] },
                ],
            },
            Step(0, "Online capaciteitstest", "capacity-test") with { Dates = [new StepDate { Date = new DateOnly(2025, 12, 15), Qualifiers = ["week-of"] }] },
        ],
    };

    [Fact]
    public void Dates_AllSteps_AreInTimeOrderWithQualifiersKept()
    {
        var result = ScheduleTool.Dates(Procedure, At(2025, 12, 1, 10, 0, 1));

        Assert.Equal(
            [new DateOnly(2025, 12, 15), new DateOnly(2026, 1, 4), new DateOnly(2026, 1, 8), new DateOnly(2026, 1, 9)],
            result.Select(d => d.Date.Date));
        Assert.Equal(["week-of"], result[0].Date.Qualifiers);
        Assert.All(result, d => Assert.False(d.Past));
    }

    [Fact]
    public void Dates_OfOneKind_AreOnlyThatStep()
    {
        var result = ScheduleTool.Dates(Procedure, At(2025, 12, 1, 10, 0, 1), "oral");

        Assert.Equal(2, result.Count);
        Assert.All(result, d => Assert.Equal("Mondelinge proef", d.Step.Name));
    }

    [Fact]
    public void Dates_InterviewAsked_IncludesOralSteps()
    {
        var result = ScheduleTool.Dates(Procedure, At(2025, 12, 1, 10, 0, 1), "interview");

        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Dates_OralAskedWhereOnlyAnInterviewExists_GivesTheInterview()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Verkennend gesprek", "interview") with { Dates = [new StepDate { Date = new DateOnly(2024, 5, 15) }] }],
        };

        var result = ScheduleTool.Dates(sut, At(2024, 5, 1, 10, 0, 2), "oral");

        Assert.Equal("Verkennend gesprek", Assert.Single(result).Step.Name);
    }

    [Fact]
    public void Dates_BeforeTodayInBrussels_ArePast()
    {
        var result = ScheduleTool.Dates(Procedure, At(2026, 1, 8, 9, 0, 1));

        Assert.Equal([true, true, false, false], result.Select(d => d.Past));
    }
}
