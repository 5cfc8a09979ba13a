using Assistant.Core.Answers;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The open vacancies with their deadline status.</summary>
public sealed record OpenVacanciesPayload(IReadOnlyList<OpenVacancy> Vacancies) : AnswerPayload;
