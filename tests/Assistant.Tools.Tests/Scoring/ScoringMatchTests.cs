using Assistant.Core.Facts;
using Assistant.Tools.Profile;
using Assistant.Tools.Scoring;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Scoring;

/// <summary>Scores matched to steps the candidate names differently from the document, and percentages against a step's own maximum.</summary>
public class ScoringMatchTests
{
    private static PassMark Percent(decimal percent) => new() { Percent = percent, Citation = Cite("minstens " + percent + "%") };

    /// <summary>A practical test out of 60 and an oral test out of 40, each at least 50%; a qualitative language test.</summary>
    private static readonly VacancyFacts Workshop = new()
    {
        Id = VacancyId,
        SelectionSteps =
        [
            Step(1, "Taalproef Engels", "language-test", passMark: new PassMark { Qualitative = "geslaagd", Citation = Cite("geslaagd / niet geslaagd") }),
            Step(2, "Praktijkproef in het atelier", "test", 60, Percent(50)),
            Step(3, "Mondelinge proef", "oral", 40, Percent(50)),
        ],
        PassRules = [Rule("total", 60)],
    };

    [Theory]
    [InlineData("épreuve pratique", "Praktijkproef in het atelier")]
    [InlineData("practical test", "Praktijkproef in het atelier")]
    [InlineData("interview", "Mondelinge proef")]
    [InlineData("entretien", "Mondelinge proef")]
    [InlineData("selectiegesprek", "Mondelinge proef")]
    public void Evaluate_StepNamedInOtherWords_MatchesTheStepOfThatKind(string hint, string step)
    {
        var result = ScoringTool.Evaluate(Workshop, [new ScoreMention(30, null, null, hint)]);

        Assert.Equal(step, Assert.Single(result.Steps).Step.Name);
    }

    [Fact]
    public void Evaluate_PercentOnAStepWithItsOwnMaximum_CountsAtTheStepsWeightInTheTotal()
    {
        var result = ScoringTool.Evaluate(Workshop, [
            new ScoreMention(60, 100, null, "practical test") { IsPercent = true },
            new ScoreMention(50, 100, null, "interview") { IsPercent = true }]);

        Assert.Equal([(36m, 60m), (20m, 40m)], result.Steps.Select(s => (s.Points!.Value, s.OutOf!.Value)));
        Assert.Equal(56m, result.TotalPercent);
        Assert.Equal("fail", result.Verdict);
    }

    [Fact]
    public void Evaluate_FailedQualitativeStep_FailsOverall()
    {
        var result = ScoringTool.Evaluate(Workshop, [new ScoreMention(null, null, "niet geslaagd", "taalproef")]);

        Assert.Equal("fail", result.Verdict);
    }

    [Fact]
    public void Evaluate_UnnamedScoreWithTheOnlyScoredStep_MatchesThatStep()
    {
        var single = new VacancyFacts { Id = VacancyId, SelectionSteps = [Step(1, "Screening", "screening"), Step(2, "Sollicitatiegesprek", "interview", passMark: Percent(60))] };

        var result = ScoringTool.Evaluate(single, [new ScoreMention(11, 20, null, null)]);

        Assert.Equal(("Sollicitatiegesprek", "fail"), (Assert.Single(result.Steps).Step.Name, result.Verdict));
    }

    [Fact]
    public void Evaluate_StepWithoutMarkAndNoGeneralRule_StaysUnjudged()
    {
        var facts = new VacancyFacts { Id = VacancyId, SelectionSteps = [Step(1, "Schriftelijke proef", "written", 40, Percent(50)), Step(2, "Mondelinge proef", "oral", 60)] };

        var result = ScoringTool.Evaluate(facts, [new ScoreMention(50, 60, null, "mondelinge proef")]);

        Assert.Null(result.Verdict);
        Assert.Single(result.Unjudged);
    }

    [Fact]
    public void Evaluate_StepWithoutOwnMarkUnderAnEachStepRule_IsJudged()
    {
        var facts = new VacancyFacts { Id = VacancyId, SelectionSteps = [Step(1, "Mondelinge proef", "oral", 60)], PassRules = [Rule("each-step", 50)] };

        var result = ScoringTool.Evaluate(facts, [new ScoreMention(29, 60, null, "interview")]);

        Assert.Equal("fail", result.Verdict);
    }

    [Fact]
    public void Evaluate_FirstStepScored_GivesWhatTheNextStepNeedsForTheTotal()
    {
        var facts = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke proef", "written", 40), Step(2, "Mondelinge proef", "oral", 60)],
            PassRules = [Rule("each-step", 50), Rule("total", 60)],
        };

        var result = ScoringTool.Evaluate(facts, [new ScoreMention(25, 40, null, "written test")]);

        var need = Assert.Single(result.Needed);
        Assert.Equal((35m, 60m, true), (need.MinimumPoints, need.OutOf, need.ForTotal));
    }

    [Fact]
    public void Evaluate_SecondScoreNamedByNoStep_GoesToTheOneStepLeftWithItsMaximum()
    {
        var facts = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke proef", "written", 50), Step(2, "Mondelinge proef", "oral", 50)],
            PassRules = [Rule("each-step", 50), Rule("total", 60)],
        };

        var result = ScoringTool.Evaluate(facts, [new ScoreMention(26, 50, null, "schriftelijk"), new ScoreMention(33, 50, null, "het andere deel")]);

        Assert.Equal(("fail", 59m), (result.Verdict, result.TotalPercent!.Value));
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void Evaluate_NamedStepWithAnotherMaximum_TakesTheStepWhoseMaximumFits()
    {
        var facts = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Uitwerken van dossiers", "other", 60), Step(2, "Presentatie van de schriftelijke proef", "oral", 40)],
            PassRules = [Rule("each-step", 60)],
        };

        var result = ScoringTool.Evaluate(facts, [new ScoreMention(42, 60, null, "schriftelijke proef")]);

        Assert.Equal("Uitwerken van dossiers", Assert.Single(result.Steps).Step.Name);
    }

    [Fact]
    public void Evaluate_StepsWithoutOwnMarkUnderATotalRule_AreJudgedByTheTotal()
    {
        var facts = new VacancyFacts
        {
            Id = VacancyId,
            SelectionSteps = [Step(1, "Schriftelijke proef", "written", 40), Step(2, "Mondelinge proef", "oral", 60)],
            PassRules = [Rule("total", 60)],
        };

        var fail = ScoringTool.Evaluate(facts, [new ScoreMention(20, 40, null, "schriftelijke"), new ScoreMention(35, 60, null, "mondelinge")]);
        var pass = ScoringTool.Evaluate(facts, [new ScoreMention(30, 40, null, "schriftelijke"), new ScoreMention(40, 60, null, "mondelinge")]);

        Assert.Equal(("fail", "pass"), (fail.Verdict, pass.Verdict));
    }

    [Fact]
    public void Marks_QuestionNamingAStep_GivesThatStepsMinimumOnly()
    {
        var sut = ScoringTool.Marks(Workshop, "how many points do I need on the practical test?");

        var mark = Assert.Single(sut);
        Assert.Equal(("Praktijkproef in het atelier", 30m, 60m), (mark.Step.Name, mark.MinimumPoints!.Value, mark.OutOf!.Value));
    }

    [Fact]
    public void Marks_QuestionNamingNoStep_GivesEveryStepWithAMark()
    {
        var sut = ScoringTool.Marks(Workshop, "wat moet ik halen om te slagen?");

        Assert.Equal(3, sut.Count);
        Assert.All(sut, m => Assert.True(m.Judged));
    }
}
