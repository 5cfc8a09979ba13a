
namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>One vacancy of <see cref="AdmissibleVacanciesPayload"/>.</summary>
public sealed record AdmissibleVacancy(string Id, string Verdict);
