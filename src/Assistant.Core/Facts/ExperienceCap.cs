namespace Assistant.Core.Facts;

/// <summary>How many years of a kind of experience count for salary seniority ("private", "self-employed", "public", "education"); null = unlimited.</summary>
public sealed record ExperienceCap
{
    public required string Kind { get; init; }
    public int? MaxYears { get; init; }
    public bool RelevantOnly { get; init; }
    public required Citation Citation { get; init; }
}
