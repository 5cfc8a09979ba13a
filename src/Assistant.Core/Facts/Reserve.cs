namespace Assistant.Core.Facts;

/// <summary>The recruitment reserve: validity, extendability and the rule for when it starts.</summary>
public sealed record Reserve
{
    public decimal? ValidityYears { get; init; }
    /// <summary>True when the validity is a minimum ("minstens twee jaar").</summary>
    public bool AtLeast { get; init; }
    public bool Extendable { get; init; }
    /// <summary>"first-of-next-month-after-final-report", "final-report", "pv" or null when not stated.</summary>
    public string? StartRule { get; init; }
    public required Citation Citation { get; init; }
}
