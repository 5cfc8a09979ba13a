using Assistant.Core.Answers;
using Assistant.Tools.Deadlines;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The dates of one or more selection steps (card: the timeline of those dates).</summary>
public sealed record ScheduledDatesPayload(IReadOnlyList<ScheduledDate> Dates) : AnswerPayload;
