using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Staff;

/// <summary>The published salary: scale, period, range and the published amounts with their seniority.</summary>
public sealed record StaffSalaryCard(
    string? Scale,
    SalaryPeriod Period,
    bool Gross,
    decimal? Min,
    decimal? Max,
    IReadOnlyList<StaffSalaryPoint> Points,
    AnswerCitation? Citation);
