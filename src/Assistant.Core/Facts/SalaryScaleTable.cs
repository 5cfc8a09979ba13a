namespace Assistant.Core.Facts;

/// <summary>
/// An employer's salary scale: yearly gross amounts at 100% per year of seniority (index = years), from
/// <c>knowledge/salary-scales/</c>. The monthly amount is yearly × index coefficient / 12.
/// </summary>
public sealed record SalaryScaleTable(string Employer, string Scale, IReadOnlyList<decimal> YearlyAt100, Citation Citation);
