using Assistant.Core.Answers;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The vacancies ranked by starting salary.</summary>
public sealed record SalaryRankingPayload(IReadOnlyList<RankedSalary> Vacancies) : AnswerPayload;
