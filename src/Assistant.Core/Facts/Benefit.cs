namespace Assistant.Core.Facts;

/// <summary>A benefit line; <see cref="Kind"/> normalises the common ones ("meal-vouchers", "leave-days", "hospitalisation", "bike-allowance", …).</summary>
public sealed record Benefit
{
    public required string Text { get; init; }
    public string Kind { get; init; } = "other";

    /// <summary>Further kinds the same line names ("33 vakantiedagen en één telewerkdag per week" is leave days and telework).</summary>
    public IReadOnlyList<string> OtherKinds { get; init; } = [];
    public decimal? Amount { get; init; }
    /// <summary>"eur", "eur-per-km", "eur-per-day", "eur-per-year", "days", "percent".</summary>
    public string? Unit { get; init; }
    public decimal? AmountMax { get; init; }
    public required Citation Citation { get; init; }
}
