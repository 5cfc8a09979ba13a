namespace Assistant.Core.Facts;

/// <summary>The salary facts: published gross amounts (monthly or yearly, indexed or at 100%), their range and the experience caps.</summary>
public sealed record Salary
{
    public SalaryPeriod Period { get; init; } = SalaryPeriod.Month;
    /// <summary>True when the period was not written and was inferred from the size of the amounts.</summary>
    public bool PeriodInferred { get; init; }
    public bool Gross { get; init; } = true;
    /// <summary>True when the published amounts are indexed (today's amounts): <see cref="Basis"/> is "indexed".</summary>
    public bool Indexed { get; init; }
    /// <summary>
    /// What the amounts are expressed in: "indexed" ("geïndexeerd") or "index-100" ("aan index 100%", "aan 100%",
    /// "niet-geïndexeerd": multiply by the index coefficient for today's amount); null when the documents do not say.
    /// The basis of the most points; each point has its own.
    /// </summary>
    public string? Basis { get; init; }
    /// <summary>
    /// True when the documents say the amounts are for full-time work ("voltijds", "bij voltijdse tewerkstelling"),
    /// false when they say the amounts are already for the part-time regime; null when not said.
    /// </summary>
    public bool? FullTimeAmounts { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public IReadOnlyList<SalaryPoint> Published { get; init; } = [];
    public IReadOnlyList<ExperienceCap> Caps { get; init; } = [];

    /// <summary>
    /// Hourly supplements for a group of candidates ("Studenten die vorig jaar al bij ons werkten, krijgen 0,50 extra per
    /// uur"): the amount per hour, the sentence naming the group as label, and its citation.
    /// </summary>
    public IReadOnlyList<SalaryPoint> Supplements { get; init; } = [];
    public Citation? Citation { get; init; }
}
