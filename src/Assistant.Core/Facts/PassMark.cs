namespace Assistant.Core.Facts;

/// <summary>The mark needed on a step: a percentage, points out of a maximum, or a qualitative "geschikt".</summary>
public sealed record PassMark
{
    public decimal? Percent { get; init; }
    public decimal? Points { get; init; }
    public decimal? OutOf { get; init; }
    /// <summary>The word a qualitative step must earn ("geschikt"), or null.</summary>
    public string? Qualitative { get; init; }
    /// <summary>A language level to reach ("B2").</summary>
    public string? Level { get; init; }
    public required Citation Citation { get; init; }
}
