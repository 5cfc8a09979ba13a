using Assistant.Core.Facts;

namespace Assistant.Tools.Scoring;

/// <summary>A reported score matched to a step: pass or fail against the mark that applies, and the minimum points needed.</summary>
public sealed record StepScore(SelectionStep Step, decimal? Points, decimal? OutOf, string? Qualitative, bool Passed, decimal? RequiredPercent, decimal? MinimumPoints, Citation? Rule);
