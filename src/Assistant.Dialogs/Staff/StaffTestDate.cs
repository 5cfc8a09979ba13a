namespace Assistant.Dialogs.Staff;

/// <summary>
/// A dated step: its name and kind, the date with the document's qualifiers ("week-of", "morning", "alternative",
/// "tentative", …), the role of the date ("sent", "return-deadline"), whether only some candidates take it, and the days
/// from today (0 while a "week of" is under way; negative when past).
/// </summary>
public sealed record StaffTestDate(
    string Step,
    string Kind,
    DateOnly Date,
    TimeOnly? Time,
    IReadOnlyList<string> Qualifiers,
    string? Role,
    bool Conditional,
    string? AppliesTo,
    int DaysUntil);
