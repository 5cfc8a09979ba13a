using Assistant.Core.Answers;
using Assistant.Tools.Eligibility;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>An eligibility verdict with its routes and checks (card: the checklist).</summary>
public sealed record EligibilityPayload(EligibilityResult Result) : AnswerPayload;
