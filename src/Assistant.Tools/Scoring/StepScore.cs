using Assistant.Core.Facts;

namespace Assistant.Tools.Scoring;

/// <summary>A reported score matched to a step: pass or fail against the mark that applies, and the minimum points needed.</summary>
public sealed record StepScore(SelectionStep Step, decimal? Points, decimal? OutOf, string? Qualitative, bool Passed, decimal? RequiredPercent, decimal? MinimumPoints, Citation? Rule)
{
    /// <summary>False when no pass mark applies to the step (or the score lacks its maximum): <see cref="Passed"/> then means nothing.</summary>
    public bool Judged { get; init; } = true;
}

/// <summary>What a step still to come needs: at least <see cref="MinimumPoints"/> of <see cref="OutOf"/> (its own mark, or more to reach the total rule).</summary>
public sealed record StepNeed(SelectionStep Step, decimal MinimumPoints, decimal OutOf, decimal? RequiredPercent, bool ForTotal, Citation? Rule)
{
    /// <summary>True when the minimum is above the step's maximum: the total can no longer be reached.</summary>
    public bool Unreachable { get; init; }
}
