namespace Assistant.Core.Facts;

/// <summary>A published gross amount with the seniority it belongs to (null when the document does not say).</summary>
public sealed record SalaryPoint
{
    public required decimal Amount { get; init; }
    public int? SeniorityYears { get; init; }
    public required string Label { get; init; }
    /// <summary>"min" or "max" when the amount is a bound of a published range.</summary>
    public string? Bound { get; init; }
    /// <summary>The period the sentence (or the table's heading) gives this amount, when it gives one.</summary>
    public SalaryPeriod? Period { get; init; }
    /// <summary>"indexed" or "index-100" when the sentence (or the table's heading) says so, else null.</summary>
    public string? Basis { get; init; }
    public required Citation Citation { get; init; }

    /// <summary>The youngest age the amount is for ("18–20 jaar", "21 jaar en ouder"), for wages per age; null otherwise.</summary>
    public int? MinAge { get; init; }

    /// <summary>The oldest age the amount is for ("16–17 jaar", "tot 17 jaar"); null when open or not per age.</summary>
    public int? MaxAge { get; init; }
}
