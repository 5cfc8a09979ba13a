using Assistant.Core.Facts;

namespace Assistant.Tools.Scoring;

/// <summary>The scoring verdict: "pass" or "fail" (or null when no score could be matched to a step), per step and overall.</summary>
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
}
