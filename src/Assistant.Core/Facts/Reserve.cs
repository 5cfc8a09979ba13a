namespace Assistant.Core.Facts;

/// <summary>The recruitment reserve: validity, extendability and the rule for when it starts.</summary>
public sealed record Reserve
{
    public decimal? ValidityYears { get; init; }
    /// <summary>True when the validity is a minimum ("minstens twee jaar").</summary>
    public bool AtLeast { get; init; }
    public bool Extendable { get; init; }

    /// <summary>The longest total validity with extensions ("1 jaar, verlengbaar tot 3 jaar" → 3; "2 jaar, eenmaal met 2 jaar verlengbaar" → 4), when stated.</summary>
    public decimal? ExtendableToYears { get; init; }

    /// <summary>The length of one extension ("kan één keer met 1 jaar verlengd worden" → 1), when stated.</summary>
    public decimal? ExtensionYears { get; init; }
    /// <summary>"first-of-next-month-after-final-report", "final-report", "pv" or null when not stated.</summary>
    public string? StartRule { get; init; }
    public required Citation Citation { get; init; }
}
