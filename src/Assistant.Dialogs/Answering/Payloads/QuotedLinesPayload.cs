using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The document lines quoted for a topic.</summary>
public sealed record QuotedLinesPayload(IReadOnlyList<Citation> Lines) : AnswerPayload;
