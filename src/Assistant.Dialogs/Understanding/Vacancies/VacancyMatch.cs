namespace Assistant.Dialogs.Understanding.Vacancies;

/// <summary>
/// The vacancies a question names (best first), whether the reference is ambiguous, and which of the user's tokens
/// were read as vacancy words (so the rest of the question can be judged on its own).
/// </summary>
internal sealed record VacancyMatch(IReadOnlyList<string> Ids, bool Ambiguous, bool[] VacancyTokens)
{
    public bool Named => Ids.Count > 0;
}
