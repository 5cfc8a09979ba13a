using Assistant.Core.Facts;

namespace Assistant.Tools.Salary;

/// <summary>
/// A salary answer: <see cref="Kind"/> is "range", "start", "at-seniority" or "not-published". For a seniority it
/// gives the published amount (<see cref="Exact"/>) or one computed from an employer table (<see cref="Computed"/>),
/// otherwise the nearest published points around it (<see cref="Below"/>, <see cref="Above"/>).
/// </summary>
public sealed record SalaryAnswer
{
    public required string VacancyId { get; init; }
    public required string Kind { get; init; }
    public Assistant.Core.Facts.Salary? Salary { get; init; }
    public decimal? SeniorityYears { get; init; }
    public IReadOnlyList<CountedExperience> Counting { get; init; } = [];
    public SalaryPoint? Exact { get; init; }
    public decimal? Computed { get; init; }
    public SalaryScaleTable? Table { get; init; }
    public decimal? IndexCoefficient { get; init; }
    public SalaryPoint? Below { get; init; }
    public SalaryPoint? Above { get; init; }
    /// <summary>The monthly equivalent of a yearly amount (or the yearly of a monthly one) for the amount answered.</summary>
    public decimal? OtherPeriodAmount { get; init; }
}
