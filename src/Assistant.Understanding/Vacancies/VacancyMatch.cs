namespace Assistant.Understanding.Vacancies;

/// <summary>
/// The vacancies a question names (best first), whether the reference is ambiguous, which of the user's tokens were
/// read as vacancy words (<see cref="VacancyTokens"/>), and which of them form the named vacancies' names
/// (<see cref="NameTokens"/>: hidden from the intent rules, so that a title such as "deskundige selectie" does not
/// make a salary question about the selection procedure). <see cref="JobWordsOnly"/>: no named vacancy was matched by its
/// employer's or place's name, only by words of its title. <see cref="PartsOnly"/>: every named vacancy was matched only by
/// parts of its title's compounds ("nacht" of "nachtdienst"), by no whole word of its title, employer or place.
/// </summary>
internal sealed record VacancyMatch(IReadOnlyList<string> Ids, bool Ambiguous, bool[] VacancyTokens, bool[] NameTokens, bool JobWordsOnly = false, bool PartsOnly = false)
{
    public bool Named => Ids.Count > 0;
}
