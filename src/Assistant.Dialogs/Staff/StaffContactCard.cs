using Assistant.Core.Answers;

namespace Assistant.Dialogs.Staff;

/// <summary>A contact person or address of the vacancy, with the topics it answers and its quote.</summary>
public sealed record StaffContactCard(string? Name, string? Role, string? Phone, string? Email, IReadOnlyList<string> Topics, AnswerCitation Citation);
