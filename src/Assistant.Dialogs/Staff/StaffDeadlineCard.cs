using Assistant.Core.Answers;

namespace Assistant.Dialogs.Staff;

/// <summary>
/// The application deadline resolved at <see cref="StaffSearchResponse.Now"/>: <see cref="Status"/> is "open", "closed" or
/// "not-stated"; <see cref="LastDay"/> is the last day one may still apply ("vóór 15 april" gives 14 April) and
/// <see cref="ClosesAt"/> the instant applications close (Europe/Brussels).
/// </summary>
public sealed record StaffDeadlineCard(
    string Status,
    DateOnly? Date,
    TimeOnly? Time,
    bool Inclusive,
    DateOnly? LastDay,
    DateTimeOffset? ClosesAt,
    int? DaysLeft,
    bool ClosesToday,
    bool YearInferred,
    AnswerCitation? Citation);
