namespace Assistant.Understanding.Vacancies;

/// <summary>
/// Splits Dutch compounds in two ("directiemedewerker" → directie + medewerker, "beleidsmedewerker" → beleid +
/// medewerker) when the right part is a common job-title head or both parts are known words. Known words are the
/// vacancies' own vocabulary, so the split follows the knowledge base rather than a fixed list.
/// </summary>
internal sealed class CompoundSplitter
{
    private static readonly string[] Heads =
    [
        "medewerker", "medewerkster", "deskundige", "assistent", "directeur", "coordinator", "verantwoordelijke", "adviseur",
        "consulent", "beheerder", "begeleider", "bediende", "manager", "leider", "hoofd", "coach", "planner", "analist",
        "ontwikkelaar", "expert", "specialist", "functionaris", "secretaris", "jurist", "ingenieur", "architect", "technicus",
        "arbeider", "chauffeur", "agent", "inspecteur", "controleur", "boekhouder", "verpleegkundige", "opvoeder", "animator",
        "redacteur", "woordvoerder", "projectleider", "teamleider", "diensthoofd", "werker", "officer", "beambte", "kanalen",
        "dienst", "beleid", "communicatie", "directie", "bestuur", "besturen",
    ];

    private static readonly HashSet<string> HeadSet = new(Heads, StringComparer.Ordinal);

    private readonly HashSet<string> _known;
    private readonly HashSet<string> _vocabulary;

    public CompoundSplitter(IEnumerable<string> vocabulary)
    {
        _known = new HashSet<string>(Heads, StringComparer.Ordinal);
        _vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in vocabulary)
        {
            if (w.Length >= 4)
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
    public (string Left, string Right)? Split(string word, bool strict = false)
    {
        if (word.Length < 8)
        {
            return null;
        }

        var lookup = (strict ? _vocabulary : _known).GetAlternateLookup<ReadOnlySpan<char>>();
        var heads = HeadSet.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 4; i <= word.Length - 4; i++)
        {
            var right = word.AsSpan(i);
            if (!lookup.Contains(right))
            {
                continue;
            }

            var left = word.AsSpan(0, i);
            if (lookup.Contains(left) || (!strict && heads.Contains(right)))
            {
                return (left.ToString(), right.ToString());
            }

            // Linking -s- or -e-: "beleidsmedewerker", "personeelsdienst".
            if (left.Length > 4 && left[^1] is 's' or 'e' && lookup.Contains(left[..^1]))
            {
                return (left[..^1].ToString(), right.ToString());
            }
        }

        return null;
    }
}
