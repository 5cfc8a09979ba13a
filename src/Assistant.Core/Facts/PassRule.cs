namespace Assistant.Core.Facts;

/// <summary>
/// An overall rule for passing: "each-step" (a minimum percentage on every step), "total"
/// (a minimum percentage on the sum), "top-n" (only the first N go on), "qualitative" (e.g. geschikt on an assessment).
/// </summary>
public sealed record PassRule
{
    public required string Kind { get; init; }
    public decimal? Percent { get; init; }
    public int? Count { get; init; }
    /// <summary>The step the rule is about, when it names one.</summary>
    public string? Step { get; init; }
    public required Citation Citation { get; init; }
}
