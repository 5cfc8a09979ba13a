using Assistant.Core.Facts;

namespace Assistant.Tools.Scoring;

/// <summary>
/// The scoring verdict: "pass" or "fail" per step and overall, or null when no score could be matched to a step or a
/// matched step has no pass mark the rules know (never a pass that no rule checked).
/// </summary>
public sealed record ScoringResult
{
    public required string VacancyId { get; init; }
    public string? Verdict { get; init; }
    public IReadOnlyList<StepScore> Steps { get; init; } = [];
    public decimal? TotalPercent { get; init; }
    public decimal? RequiredTotalPercent { get; init; }
    public Citation? TotalRule { get; init; }
    /// <summary>Steps still to come that have a pass mark (for "what do I need").</summary>
    public IReadOnlyList<SelectionStep> Remaining { get; init; } = [];
    /// <summary>For each remaining step with points: the minimum still needed there.</summary>
    public IReadOnlyList<StepNeed> Needed { get; init; } = [];
    /// <summary>Scores the candidate gave that no step could be matched to (they keep a pass open).</summary>
    public IReadOnlyList<Assistant.Tools.Profile.ScoreMention> Unmatched { get; init; } = [];
    /// <summary>The one score given for the whole, when it was judged against the rule for the total alone.</summary>
    public Assistant.Tools.Profile.ScoreMention? TotalScore { get; init; }
    /// <summary>True when <see cref="TotalPercent"/> is the weighted mean of the steps' percentages (the steps state their weights).</summary>
    public bool Weighted { get; init; }
    /// <summary>Matched steps without a known pass mark.</summary>
    public IReadOnlyList<StepScore> Unjudged => [.. Steps.Where(s => !s.Judged)];
}
