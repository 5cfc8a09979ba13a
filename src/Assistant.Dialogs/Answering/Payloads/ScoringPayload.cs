using Assistant.Core.Answers;
using Assistant.Tools.Scoring;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The candidate's scores checked against the steps' pass marks and rules.</summary>
public sealed record ScoringPayload(ScoringResult Result) : AnswerPayload;
