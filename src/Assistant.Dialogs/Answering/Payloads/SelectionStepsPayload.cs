using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The selection procedure: its steps and pass rules (card: the timeline of the steps).</summary>
public sealed record SelectionStepsPayload(IReadOnlyList<SelectionStep> SelectionSteps, IReadOnlyList<PassRule> PassRules) : AnswerPayload;
