using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The reserve list's validity as published.</summary>
public sealed record ReservePayload(Reserve Reserve) : AnswerPayload;
