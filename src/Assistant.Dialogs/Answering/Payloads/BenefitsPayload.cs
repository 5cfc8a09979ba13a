using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The benefits the documents list.</summary>
public sealed record BenefitsPayload(IReadOnlyList<Benefit> Benefits) : AnswerPayload;
