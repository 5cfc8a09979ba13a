using Assistant.Core.Answers;
using Assistant.Tools.Deadlines;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The application deadline's status at the turn's clock (card: the timeline).</summary>
public sealed record DeadlinePayload(DeadlineStatus Status) : AnswerPayload;
