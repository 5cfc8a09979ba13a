using Assistant.Core.Answers;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The vacancies a candidate may apply for, with the verdict for each.</summary>
public sealed record AdmissibleVacanciesPayload(IReadOnlyList<AdmissibleVacancy> Vacancies) : AnswerPayload;
