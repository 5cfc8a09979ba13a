using Assistant.Core.Answers;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The vacancies a list answer names.</summary>
public sealed record VacancyIdsPayload(IReadOnlyList<string> Ids) : AnswerPayload;
