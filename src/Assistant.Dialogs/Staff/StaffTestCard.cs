using Assistant.Core.Answers;

namespace Assistant.Dialogs.Staff;

/// <summary>
/// The next dated step of the selection procedure (not yet past at <see cref="StaffSearchResponse.Now"/>), the quote that
/// gives its date (or the step's own sentence), and the dates that follow it. When every date is past, <see cref="Next"/>
/// is the last one and <see cref="Upcoming"/> is false.
/// </summary>
public sealed record StaffTestCard(StaffTestDate Next, bool Upcoming, AnswerCitation Citation, IReadOnlyList<StaffTestDate> Later);
