using Assistant.Tools.Profile;
using Assistant.Tools.Scoring;
using static Assistant.Tools.Tests.SeedKnowledge;

namespace Assistant.Tools.Tests.Scoring;

/// <summary>The seed vacancies' selection steps and pass rules, as extracted by the real pipeline, against reported scores.</summary>
public class SeedScoringTests
{
    [Fact]
    public void Evaluate_LievegemTwoScoresAndGeschikt_Passes()
    {
        var scores = new[]
        {
            new ScoreMention(20, 30, null, "op het verkennend gesprek"),
            new ScoreMention(40, 70, null, "op de thuisopdracht"),
            new ScoreMention(null, null, "geschikt", "op het assessment"),
        };

        var result = ScoringTool.Evaluate(Seed("lievegem"), scores);

        Assert.Equal("pass", result.Verdict);
        Assert.Equal(3, result.Steps.Count);
        Assert.All(result.Steps, s => Assert.True(s.Passed));
        Assert.Equal(60m, result.TotalPercent);
        Assert.Equal(60m, result.RequiredTotalPercent);
    }

    [Fact]
    public void Evaluate_LievegemScoresWithoutWords_AreMatchedInOrder()
    {
        var scores = new[] { new ScoreMention(20, 30, null, null), new ScoreMention(40, 70, null, null), new ScoreMention(null, null, "geschikt", null) };

        var result = ScoringTool.Evaluate(Seed("lievegem"), scores);

        Assert.Equal("pass", result.Verdict);
        Assert.Equal(["interview", "assignment", "assessment"], result.Steps.Select(s => s.Step.Kind));
    }

    [Fact]
    public void Evaluate_LievegemNietGeschikt_Fails()
    {
        var scores = new[] { new ScoreMention(25, 30, null, null), new ScoreMention(null, null, "niet geschikt", "assessment") };

        var result = ScoringTool.Evaluate(Seed("lievegem"), scores);

        Assert.Equal("fail", result.Verdict);
    }

    [Fact]
    public void Evaluate_HarelbekeTwentyTwoOnFortyWritten_FailsAgainstSixtyPercent()
    {
        var result = ScoringTool.Evaluate(Seed("harelbeke"), [new ScoreMention(22, 40, null, "op de schriftelijke proef")]);

        Assert.Equal("fail", result.Verdict);
        var step = Assert.Single(result.Steps);
        Assert.Equal("written", step.Step.Kind);
        Assert.Equal(60m, step.RequiredPercent);
        Assert.Equal(24m, step.MinimumPoints);
    }

    [Fact]
    public void Evaluate_KamerWrittenPassedButOralBelowHalf_Fails()
    {
        var scores = new[] { new ScoreMention(55, 100, null, "op de schriftelijke test"), new ScoreMention(48, 100, null, "op het mondeling gesprek") };

        var result = ScoringTool.Evaluate(Seed("kamer"), scores);

        Assert.Equal("fail", result.Verdict);
        Assert.Equal(["written", "oral"], result.Steps.Select(s => s.Step.Kind));
        Assert.Equal([true, false], result.Steps.Select(s => s.Passed));
        Assert.All(result.Steps, s => Assert.Equal(50m, s.RequiredPercent));
    }
}
