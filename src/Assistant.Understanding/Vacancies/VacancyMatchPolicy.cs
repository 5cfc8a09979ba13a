namespace Assistant.Understanding.Vacancies;

/// <summary>
/// How the one vacancy-name matcher (<see cref="VacancyResolver"/>) reads words, per use. The understanding must be sure
/// which vacancy a message names (<see cref="Sure"/>: canonical forms, typos, compound parts, stop words left out, a
/// minimum score, ties made ambiguous); the staff search ranks every vacancy a query typed so far partly names
/// (<see cref="Ranking"/>: the words as typed, scale codes included, prefixes from three letters, any score). Both score
/// over the same vacancy fields (id, title, employer, place), folded, with rare words weighing more.
/// </summary>
/// <param name="AsTyped">Match the query's folded words as typed against the vacancy's folded words (no stop list, no
/// canonical form): what a search box needs while the word is still being typed ("harelb", "a1a").</param>
/// <param name="MinScore">The score a vacancy needs to be returned.</param>
/// <param name="MinPrefixLength">The shortest word that matches the vacancy words it begins ("harelb" → "harelbeke").</param>
/// <param name="PrefixWeight">What a prefix match counts, relative to a whole word.</param>
internal sealed record VacancyMatchPolicy(bool AsTyped, double MinScore, int MinPrefixLength, double PrefixWeight)
{
    /// <summary>Which vacancy a message means: a clear score, prefixes of five letters or more.</summary>
    public static VacancyMatchPolicy Sure { get; } = new(AsTyped: false, MinScore: 0.55, MinPrefixLength: 5, PrefixWeight: 0.6);

    /// <summary>Vacancies ranked for a query typed letter by letter: any score, prefixes from three letters.</summary>
    public static VacancyMatchPolicy Ranking { get; } = new(AsTyped: true, MinScore: 0, MinPrefixLength: 3, PrefixWeight: 0.7);
}
