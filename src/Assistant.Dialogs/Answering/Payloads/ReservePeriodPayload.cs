using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The reserve list's period for a report date the candidate gave.</summary>
public sealed record ReservePeriodPayload(Reserve Reserve, DateOnly Report, DateOnly Start, DateOnly End) : AnswerPayload;
