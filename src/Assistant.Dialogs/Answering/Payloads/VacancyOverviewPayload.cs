using Assistant.Core.Answers;
using Assistant.Tools.Deadlines;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>A vacancy in short: its name, scale and deadline status.</summary>
public sealed record VacancyOverviewPayload(string Id, string? Title, string? Organisation, string? Scale, DeadlineStatus Deadline) : AnswerPayload;
