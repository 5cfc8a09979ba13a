using Assistant.Core.Facts;
using Assistant.Tools.Profile;
using Assistant.Tools.Scoring;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Scoring;

public class ScoringToolTests
{
    /// <summary>Written 40 and oral 60 points, 60% on each step and 60% on the whole.</summary>
    private static readonly VacancyFacts SixtyEach = new()
    {
        Id = VacancyId,
        SelectionSteps =
        [
            Step(1, "Prescreening", "screening"),
            Step(2, "Schriftelijke proef", "written", 40),
            Step(3, "Mondelinge proef", "oral", 60),
        ],
        PassRules = [Rule("each-step", 60), Rule("total", 60)],
    };

    private static ScoreMention Score(decimal points, decimal? outOf, string? hint = null) => new(points, outOf, null, hint);

    [Theory]
    [InlineData(24, "pass")]
    [InlineData(23.5, "fail")]
    [InlineData(22, "fail")]
    [InlineData(40, "pass")]
    public void Evaluate_EachStepPercentRule_JudgesTheStep(double points, string verdict)
    {
        var result = ScoringTool.Evaluate(SixtyEach, [Score((decimal)points, 40, "op de schriftelijke proef")]);

        Assert.Equal(verdict, result.Verdict);
        var step = Assert.Single(result.Steps);
        Assert.Equal("Schriftelijke proef", step.Step.Name);
        Assert.Equal(60m, step.RequiredPercent);
        Assert.Equal(24m, step.MinimumPoints);
    }

    [Fact]
    public void Evaluate_ScoreWithoutWords_IsMatchedToTheFirstStepWithPoints()
    {
        var result = ScoringTool.Evaluate(SixtyEach, [Score(30, 40), Score(40, 60)]);

        Assert.Equal(["Schriftelijke proef", "Mondelinge proef"], result.Steps.Select(s => s.Step.Name));
        Assert.Equal("pass", result.Verdict);
        Assert.Equal(70m, result.TotalPercent);
        Assert.Equal(60m, result.RequiredTotalPercent);
    }

    [Fact]
    public void Evaluate_ScoreWithoutWordsOutOfSixty_IsMatchedByItsMaximum()
    {
        var result = ScoringTool.Evaluate(SixtyEach, [Score(45, 60)]);

        Assert.Equal("Mondelinge proef", Assert.Single(result.Steps).Step.Name);
    }

    [Fact]
    public void Evaluate_WordsNamingTheLaterStep_MatchThatStep()
    {
        var result = ScoringTool.Evaluate(SixtyEach, [Score(30, null, "mondelinge"), Score(30, null, "schriftelijk")]);

        Assert.Equal(["Mondelinge proef", "Schriftelijke proef"], result.Steps.Select(s => s.Step.Name));
        Assert.Equal(["fail", "pass"], result.Steps.Select(s => s.Passed ? "pass" : "fail"));
        Assert.Equal("fail", result.Verdict);
    }

    [Fact]
    public void Evaluate_KindWordsInEnglish_MatchTheStep()
    {
        var result = ScoringTool.Evaluate(SixtyEach, [Score(30, 40, "on the written exam")]);

        Assert.Equal("Schriftelijke proef", Assert.Single(result.Steps).Step.Name);
    }

    [Fact]
    public void Evaluate_AnyStepFailing_FailsOverall()
    {
        var result = ScoringTool.Evaluate(SixtyEach, [Score(40, 40), Score(35, 60)]);

        Assert.Equal("fail", result.Verdict);
        Assert.False(result.Steps[1].Passed);
        Assert.Equal(36m, result.Steps[1].MinimumPoints);
    }

    [Fact]
    public void Evaluate_EveryStepPassedButTotalBelowRule_Fails()
    {
        var sut = SixtyEach with { PassRules = [Rule("each-step", 50), Rule("total", 60)] };

        var result = ScoringTool.Evaluate(sut, [Score(22, 40), Score(35, 60)]);

        Assert.All(result.Steps, s => Assert.True(s.Passed));
        Assert.Equal(57m, result.TotalPercent);
        Assert.Equal("fail", result.Verdict);
        Assert.NotNull(result.TotalRule);
    }

    [Fact]
    public void Evaluate_TotalJustBelowTheRule_FailsEvenWhenItRoundsUp()
    {
        var sut = SixtyEach with { PassRules = [Rule("each-step", 50), Rule("total", 60)] };

        var result = ScoringTool.Evaluate(sut, [Score(23.98m, 40), Score(35.99m, 60)]);

        Assert.Equal("fail", result.Verdict);
    }

    [Fact]
    public void Evaluate_StepPassMarkInPoints_JudgesAgainstThePoints()
    {
        var mark = new PassMark { Points = 20, OutOf = 30, Citation = Cite("minimaal 20 op 30") };
        var sut = new VacancyFacts { Id = VacancyId, SelectionSteps = [Step(1, "Schriftelijke proef", "written", 30, mark)] };

        var pass = ScoringTool.Evaluate(sut, [Score(20, 30)]);
        var fail = ScoringTool.Evaluate(sut, [Score(19.5m, 30)]);

        Assert.Equal("pass", pass.Verdict);
        Assert.Equal("fail", fail.Verdict);
        Assert.Equal(20m, fail.Steps[0].MinimumPoints);
        Assert.Equal(mark.Citation, fail.Steps[0].Rule);
    }

    [Fact]
    public void Evaluate_StepPassMarkPercent_OverridesTheEachStepRule()
    {
        var mark = new PassMark { Percent = 50, Points = 50, OutOf = 100, Citation = Cite("50%") };
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke test", "written", 100, mark)],
            PassRules = [Rule("each-step", 60)],
        };

        var result = ScoringTool.Evaluate(sut, [Score(55, 100)]);

        Assert.Equal("pass", result.Verdict);
        Assert.Equal(50m, result.Steps[0].RequiredPercent);
    }

    [Theory]
    [InlineData(60, 33, 19.8)]
    [InlineData(55, 33, 18.15)]
    [InlineData(60, 35, 21)]
    [InlineData(2.0 / 3 * 100, 10, 6.67)]
    public void Evaluate_MinimumPoints_IsCeiledToCents(double percent, int max, double minimum)
    {
        var sut = new VacancyFacts { Id = VacancyId, SelectionSteps = [Step(1, "Schriftelijke proef", "written", max)], PassRules = [Rule("each-step", (decimal)percent)] };

        var result = ScoringTool.Evaluate(sut, [Score(0, max)]);

        Assert.Equal((decimal)minimum, result.Steps[0].MinimumPoints);
    }

    [Theory]
    [InlineData("geschikt", "pass")]
    [InlineData("Geschikt", "pass")]
    [InlineData("niet geschikt", "fail")]
    [InlineData("ongeschikt", "fail")]
    [InlineData("not suitable", "fail")]
    public void Evaluate_QualitativeStep_JudgesTheWord(string word, string verdict)
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Assessment", "assessment", passMark: new PassMark { Qualitative = "geschikt", Citation = Cite("geschikt") })],
        };

        var result = ScoringTool.Evaluate(sut, [new ScoreMention(null, null, word, null)]);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(word, result.Steps[0].Qualitative);
    }

    [Fact]
    public void Evaluate_PointsAndQualitative_EachGoToTheirStep()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps =
            [
                Step(1, "Verkennend gesprek", "interview", 30),
                Step(2, "Assessment", "assessment", passMark: new PassMark { Qualitative = "geschikt", Citation = Cite() }),
                Step(3, "Thuisopdracht", "assignment", 70),
            ],
            PassRules = [Rule("each-step", 50), Rule("total", 60)],
        };

        var result = ScoringTool.Evaluate(sut, [Score(20, 30), Score(40, 70), new ScoreMention(null, null, "geschikt", "op het assessment")]);

        Assert.Equal("pass", result.Verdict);
        Assert.Equal(60m, result.TotalPercent);
        Assert.Equal(["Verkennend gesprek", "Thuisopdracht", "Assessment"], result.Steps.Select(s => s.Step.Name));
    }

    [Fact]
    public void Evaluate_StepNotCountingInFinal_IsLeftOutOfTheTotal()
    {
        var sut = SixtyEach with
        {
            SelectionSteps = [Step(1, "Taaltest", "language-test", 20) with { CountsInFinal = false }, Step(2, "Schriftelijke proef", "written", 40)],
        };

        var result = ScoringTool.Evaluate(sut, [Score(20, 20, "taaltest"), Score(24, 40, "schriftelijke")]);

        Assert.Equal(60m, result.TotalPercent);
    }

    [Fact]
    public void Evaluate_NoScoreMatched_HasNoVerdictAndListsStepsWithMarks()
    {
        var result = ScoringTool.Evaluate(SixtyEach, [Score(10, 15)]);

        Assert.Null(result.Verdict);
        Assert.Empty(result.Steps);
        Assert.Equal(3, result.Remaining.Count);
    }

    [Fact]
    public void Evaluate_FirstStepScored_ListsTheLaterStepsAsRemaining()
    {
        var result = ScoringTool.Evaluate(SixtyEach, [Score(30, 40, "schriftelijke proef")]);

        Assert.Equal("Mondelinge proef", Assert.Single(result.Remaining).Name);
    }

    [Fact]
    public void Evaluate_GroupSteps_AreNeverMatched()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Functiespecifieke proef", "group", 200), Step(2, "Schriftelijke test", "written", 100)],
            PassRules = [Rule("each-step", 50)],
        };

        var result = ScoringTool.Evaluate(sut, [Score(55, 100, "functiespecifieke proef schriftelijke")]);

        Assert.Equal("Schriftelijke test", Assert.Single(result.Steps).Step.Name);
    }

    [Fact]
    public void Evaluate_StepWithoutAnyMark_HasNoVerdictNeverAnUncheckedPass()
    {
        var sut = new VacancyFacts { Id = VacancyId, SelectionSteps = [Step(1, "Schriftelijke proef", "written", 40)] };

        var result = ScoringTool.Evaluate(sut, [Score(5, 40)]);

        Assert.Null(result.Verdict);
        Assert.False(result.Steps[0].Judged);
        Assert.Single(result.Unjudged);
    }

    [Fact]
    public void Evaluate_FailedStepNextToAnUnjudgedOne_IsAFail()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke proef", "written", 40, new PassMark { Percent = 50, Citation = Cite("50%") }), Step(2, "Praktische proef", "assignment", 20)],
        };

        var result = ScoringTool.Evaluate(sut, [Score(10, 40, "schriftelijke"), Score(15, 20, "praktische")]);

        Assert.Equal("fail", result.Verdict);
    }

    [Fact]
    public void Evaluate_FirstStepOfTwo_LeavesTheTotalOpenAndSaysWhatTheNextStepNeeds()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke proef", "written", 40), Step(2, "Mondelinge proef", "oral", 60)],
            PassRules = [Rule("each-step", 50), Rule("total", 60)],
        };

        var result = ScoringTool.Evaluate(sut, [Score(20, 40, "schriftelijke")]);

        Assert.Equal("pass", result.Verdict);
        Assert.Null(result.TotalPercent);
        var need = Assert.Single(result.Needed);
        Assert.Equal(("Mondelinge proef", 40m, 60m, true), (need.Step.Name, need.MinimumPoints, need.OutOf, need.ForTotal));
    }

    [Fact]
    public void Evaluate_FirstStepWellAbove_NextStepNeedsOnlyItsOwnMark()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke proef", "written", 40), Step(2, "Mondelinge proef", "oral", 60)],
            PassRules = [Rule("each-step", 50), Rule("total", 60)],
        };

        var result = ScoringTool.Evaluate(sut, [Score(40, 40, "schriftelijke")]);

        var need = Assert.Single(result.Needed);
        Assert.Equal((30m, false), (need.MinimumPoints, need.ForTotal));
    }

    [Fact]
    public void Evaluate_LaterOralWithoutPoints_LeavesTheTotalOpen()
    {
        var sut = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke proef", "written", 40), Step(2, "Mondelinge proef", "oral")],
            PassRules = [Rule("each-step", 50), Rule("total", 60)],
        };

        var result = ScoringTool.Evaluate(sut, [Score(25, 40, "schriftelijke")]);

        Assert.Null(result.TotalPercent);
        Assert.Equal("pass", result.Verdict);
        Assert.NotEmpty(result.Remaining);
    }

    [Fact]
    public void Evaluate_ScoreMatchingNoStep_LeavesTheTotalUnjudged()
    {
        var facts = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke proef", "written")],
            PassRules = [Rule("each-step", 50), Rule("total", 60)],
        };

        // 11/20 on the written part and 13/20 on a part this procedure does not list: 55% alone, 60% with the other.
        var result = ScoringTool.Evaluate(facts, [Score(11, 20, "op de schriftelijke proef"), Score(13, 20, "op de rollenproef")]);

        Assert.Null(result.Verdict);
        Assert.Null(result.TotalPercent);
        Assert.Single(result.Unmatched);
    }
}
