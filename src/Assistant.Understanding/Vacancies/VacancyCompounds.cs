using Assistant.Knowledge.Index;

namespace Assistant.Understanding.Vacancies;

/// <summary>
/// The word lists that split vacancy words in two ("directiemedewerker" → directie + medewerker, "beleidsmedewerker" →
/// beleid + medewerker) with Knowledge's one <see cref="CompoundSplitter.SplitInTwo"/>: the vacancies' own vocabulary,
/// so the split follows the knowledge base rather than a fixed list, plus the job-title heads
/// (<see cref="CompoundSplitter.TitleHeads"/>).
/// </summary>
internal sealed class VacancyCompounds
{
    private static readonly HashSet<string> HeadSet = new(CompoundSplitter.TitleHeads, StringComparer.Ordinal);

    private readonly HashSet<string> _known;
    private readonly HashSet<string> _vocabulary;

    public VacancyCompounds(IEnumerable<string> vocabulary)
    {
        _known = new HashSet<string>(CompoundSplitter.TitleHeads, StringComparer.Ordinal);
        _vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in vocabulary)
        {
            if (w.Length >= CompoundSplitter.MinPartLength)
            {
                _known.Add(w);
                _vocabulary.Add(w);
            }
        }
    }

    /// <summary>
    /// The two parts of <paramref name="word"/>, or null when it does not split. <paramref name="strict"/> (for the
    /// user's words) requires both parts to be vacancy words, so that "hoofdstad" does not yield "stad".
    /// </summary>
    public (string Left, string Right)? Split(string word, bool strict = false) =>
        strict
            ? CompoundSplitter.SplitInTwo(word, _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>())
            : CompoundSplitter.SplitInTwo(word, _known.GetAlternateLookup<ReadOnlySpan<char>>(), HeadSet.GetAlternateLookup<ReadOnlySpan<char>>());
}
