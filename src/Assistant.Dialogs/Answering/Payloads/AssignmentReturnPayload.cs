using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>When an assignment is to be handed in: the steps with a return date and the other assignment deadlines (card: the timeline of those steps).</summary>
public sealed record AssignmentReturnPayload(IReadOnlyList<SelectionStep> Steps, IReadOnlyList<Deadline> OtherDeadlines) : AnswerPayload;
