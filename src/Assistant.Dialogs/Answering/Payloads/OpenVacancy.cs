using Assistant.Tools.Deadlines;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>One vacancy of <see cref="OpenVacanciesPayload"/>.</summary>
public sealed record OpenVacancy(string Id, DeadlineStatus Deadline);
