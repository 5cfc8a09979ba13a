namespace Assistant.Core.Facts;

/// <summary>Working regime: hours, full or part time, kind and duration of the contract.</summary>
public sealed record Regime
{
    public decimal? HoursPerWeek { get; init; }
    public bool? FullTime { get; init; }
    /// <summary>"contractual" or "statutory".</summary>
    public string? Employment { get; init; }
    /// <summary>"indefinite" or "fixed".</summary>
    public string? Duration { get; init; }
    public required Citation Citation { get; init; }
}
