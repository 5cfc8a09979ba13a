using Assistant.Core.Answers;
using Assistant.Tools.Scoring;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The pass marks of the steps the question names.</summary>
public sealed record StepMarksPayload(IReadOnlyList<StepScore> Marks) : AnswerPayload;
