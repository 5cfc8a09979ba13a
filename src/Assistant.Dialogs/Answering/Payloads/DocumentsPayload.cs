using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The documents to add to an application.</summary>
public sealed record DocumentsPayload(IReadOnlyList<RequiredDocument> Documents) : AnswerPayload;
