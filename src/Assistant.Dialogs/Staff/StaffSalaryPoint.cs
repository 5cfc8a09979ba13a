using Assistant.Core.Answers;

namespace Assistant.Dialogs.Staff;

/// <summary>A published amount ("Aanvangsbrutowedde", 0 years) with its quote.</summary>
public sealed record StaffSalaryPoint(decimal Amount, int? SeniorityYears, string Label, AnswerCitation Citation);
