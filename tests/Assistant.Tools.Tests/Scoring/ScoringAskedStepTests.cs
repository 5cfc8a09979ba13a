using Assistant.Core.Facts;
using Assistant.Tools.Profile;
using Assistant.Tools.Scoring;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Scoring;

/// <summary>
/// A step the question names without a score is still to come even when the document lists it before the scored one: the
/// total waits for it and what it needs is computed. One figure for the whole is judged against the total rule alone.
/// </summary>
public sealed class ScoringAskedStepTests
{
    /// <summary>An interview listed first (60 points), a case second (40 points); half on each, 60% on the whole.</summary>
    private static readonly VacancyFacts InterviewFirst = new()
    {
        Id = VacancyId,
        SelectionSteps = [Step(1, "Competentiegesprek", "interview", 60), Step(2, "Casus", "assignment", 40)],
        PassRules = [Rule("each-step", 50), Rule("total", 60)],
    };

    [Theory]
    [InlineData("How much do I need on the interview? I had 30/40 on the case.")]
    [InlineData("Hoeveel moet ik nog halen op het gesprek? Op de casus had ik 30/40.")]
    [InlineData("Combien dois-je obtenir à l'entretien ? J'ai eu 30/40 au cas.")]
    public void Evaluate_StepNamedWithoutScore_IsStillToComeAndItsNeedComputed(string question)
    {
        var result = ScoringTool.Evaluate(InterviewFirst, [new ScoreMention(30, 40, null, "casus")], question);

        Assert.Null(result.TotalPercent);
        var need = Assert.Single(result.Needed);
        Assert.Equal("Competentiegesprek", need.Step.Name);
        Assert.Equal(30m, need.MinimumPoints); // 60% of 100 = 60, minus the 30 already scored
        Assert.NotEqual("fail", result.Verdict);
    }

    [Theory]
    [InlineData(58, "fail")]
    [InlineData(60, "pass")]
    public void EvaluateTotal_OneFigureForTheWhole_IsJudgedAgainstTheTotalRule(int points, string verdict)
    {
        var facts = new VacancyFacts { Id = VacancyId, SelectionSteps = [Step(1, "Veldopdracht", "assignment", 100)], PassRules = [Rule("total", 60)] };

        var result = ScoringTool.EvaluateTotal(facts, new ScoreMention(points, 100, null, null));

        Assert.Equal(verdict, result?.Verdict);
    }

    [Fact]
    public void EvaluateTotal_PassWhileTheStepsHaveMarksOfTheirOwn_GivesNothing() =>
        Assert.Null(ScoringTool.EvaluateTotal(InterviewFirst, new ScoreMention(80, 100, null, null)));
}
