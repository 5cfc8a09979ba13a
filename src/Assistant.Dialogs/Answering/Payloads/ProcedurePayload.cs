using Assistant.Core.Answers;
using Assistant.Procedures.Answers;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>An HR procedure answer from the general documents: an article, a computed date, a term, steps (card: the procedure card).</summary>
public sealed record ProcedurePayload(ProcedureResult Result) : AnswerPayload;
