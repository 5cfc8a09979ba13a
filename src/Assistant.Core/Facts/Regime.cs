namespace Assistant.Core.Facts;

/// <summary>Working regime: hours, full or part time, kind and duration of the contract.</summary>
public sealed record Regime
{
    public decimal? HoursPerWeek { get; init; }
    public bool? FullTime { get; init; }
    /// <summary>
    /// The share of a full-time job: 1 for "voltijds", 0.5 for "halftijds" or "19/38", 0.8 for "4/5", "80%" or
    /// "30,4/38"; null when not stated. Its sentence is <see cref="FractionCitation"/>.
    /// </summary>
    public decimal? Fraction { get; init; }
    public Citation? FractionCitation { get; init; }
    /// <summary>"contractual" or "statutory".</summary>
    public string? Employment { get; init; }
    /// <summary>"indefinite" or "fixed".</summary>
    public string? Duration { get; init; }
    /// <summary>The first line that states something about the regime.</summary>
    public required Citation Citation { get; init; }
}
