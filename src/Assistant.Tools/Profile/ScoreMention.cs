namespace Assistant.Tools.Profile;

/// <summary>A score the candidate reports: points out of a maximum ("22 op 40") or a qualitative result ("geschikt"), with the words naming the step.</summary>
public sealed record ScoreMention(decimal? Points, decimal? OutOf, string? Qualitative, string? StepHint)
{
    /// <summary>True for a percentage ("60%"): out of 100, to be read against the step's own maximum.</summary>
    public bool IsPercent { get; init; }
}
