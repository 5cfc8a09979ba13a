using Assistant.Core.Answers;

namespace Assistant.Dialogs.Staff;

/// <summary>
/// What <c>GET /api/staff/search</c> returns: the matching vacancies (best first), the key facts of the selected one as
/// cards, matching passages, and the assistant's answer when the query reads as a question.
/// </summary>
/// <param name="Query">The query as searched (trimmed).</param>
/// <param name="Language">The page language the answer was asked in ("nl", "en", "fr").</param>
/// <param name="Now">The moment "next" and "days left" are computed for.</param>
/// <param name="Vacancies">Matching vacancies, best first (at most ten).</param>
/// <param name="SelectedVacancyId">The vacancy the cards are about: the one asked for, the one named, or the best match.</param>
/// <param name="Focus">The card the question is about ("deadline", "diploma", "salary", "nextTest", "contact"), or null.</param>
/// <param name="Facts">The cards of the selected vacancy, or null when none matched.</param>
/// <param name="Passages">Matching passages of the public documents (of the selected vacancy when there is one).</param>
/// <param name="Answer">The assistant's answer (the answer contract) when the query is a question; otherwise null.</param>
public sealed record StaffSearchResponse(
    string Query,
    string Language,
    DateTimeOffset Now,
    IReadOnlyList<StaffVacancy> Vacancies,
    string? SelectedVacancyId,
    string? Focus,
    StaffFactCards? Facts,
    IReadOnlyList<StaffPassage> Passages,
    Answer? Answer);
