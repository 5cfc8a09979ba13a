using Assistant.Core.Answers;

namespace Assistant.Dialogs.Staff;

/// <summary>
/// The general admission conditions (nationality, driving licence, conduct, civil rights, medical fitness, language,
/// final-year students) and the requirement sentences no rule could read ("check": <see cref="StaffCondition.Kind"/> is
/// "unparsed"), each with its quote.
/// </summary>
public sealed record StaffConditionsCard(IReadOnlyList<StaffCondition> Items);

/// <summary>One condition: its kind, its value ("EU", "C", "596.2") and the sentence it was read from.</summary>
public sealed record StaffCondition(string Kind, string? Value, AnswerCitation Citation);
