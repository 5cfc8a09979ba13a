namespace Assistant.Core.Facts;

/// <summary>The salary facts: published gross amounts (monthly or yearly), their range and the experience caps.</summary>
public sealed record Salary
{
    public SalaryPeriod Period { get; init; } = SalaryPeriod.Month;
    /// <summary>True when the period was not written and was inferred from the size of the amounts.</summary>
    public bool PeriodInferred { get; init; }
    public bool Gross { get; init; } = true;
    public bool Indexed { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public IReadOnlyList<SalaryPoint> Published { get; init; } = [];
    public IReadOnlyList<ExperienceCap> Caps { get; init; } = [];
    public Citation? Citation { get; init; }
}
