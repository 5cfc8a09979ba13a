namespace Assistant.Understanding.Text;

/// <summary>
/// A set of target words with typo lookup by deletions (the SymSpell idea): every target is indexed under the strings
/// obtained by deleting one (or, for long words, two) letters, so a misspelt word is found by deleting letters from it
/// and looking the results up, without comparing it to every target. Immutable and thread-safe after construction.
/// </summary>
internal sealed class FuzzyLexicon
{
    private readonly Dictionary<string, string[]> _variants;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minLength;

    /// <param name="targets">Folded target words.</param>
    /// <param name="minLength">Words shorter than this are neither targets nor corrected.</param>
    public FuzzyLexicon(IEnumerable<string> targets, int minLength)
    {
        _minLength = minLength;
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in targets.Distinct(StringComparer.Ordinal))
        {
            if (word.Length < minLength)
            {
                continue;
            }

            Add(map, word, word);
            foreach (var d1 in Deletes(word))
            {
                Add(map, d1, word);
                if (word.Length >= 10)
                {
                    foreach (var d2 in Deletes(d1))
                    {
                        Add(map, d2, word);
                    }
                }
            }
        }

        _variants = map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _lookup = _variants.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The closest target within the allowed distance (1 up to 9 letters, 2 from 10), or null when none or when two tie.</summary>
    public string? Nearest(string word) => Nearest(word, MaxDistance(word.Length));

    /// <summary>The closest target within <paramref name="maxDistance"/>, or null when none or when two different targets tie.</summary>
    public string? Nearest(string word, int maxDistance)
    {
        if (word.Length < _minLength || maxDistance <= 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        Span<char> buffer = stackalloc char[word.Length];

        void Consider(ReadOnlySpan<char> variant)
        {
            if (!_lookup.TryGetValue(variant, out var targets))
            {
                return;
            }

            foreach (var t in targets)
            {
                if (ReferenceEquals(t, best) || t[0] != word[0] || (maxDistance >= 2 && t.Length < 10))
                {
                    continue;
                }

                var d = EditDistance.Bounded(word, t, maxDistance);
                if (d > maxDistance)
                {
                    continue;
                }

                if (d < bestDistance)
                {
                    best = t;
                    bestDistance = d;
                    tie = false;
                }
                else if (d == bestDistance && !string.Equals(t, best, StringComparison.Ordinal))
                {
                    tie = true;
                }
            }
        }

        Consider(word);
        var twoDeletes = maxDistance >= 2 && word.Length >= 10;
        Span<char> second = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            word.AsSpan(0, i).CopyTo(buffer);
            word.AsSpan(i + 1).CopyTo(buffer[i..]);
            Consider(buffer[..(word.Length - 1)]);
            if (!twoDeletes)
            {
                continue;
            }

            for (var j = i + 1; j < word.Length; j++)
            {
                word.AsSpan(0, i).CopyTo(second);
                word.AsSpan(i + 1, j - i - 1).CopyTo(second[i..]);
                word.AsSpan(j + 1).CopyTo(second[(j - 1)..]);
                Consider(second[..(word.Length - 2)]);
            }
        }

        return tie ? null : best;
    }

    /// <summary>1 for words up to 9 letters, 2 from 10.</summary>
    public static int MaxDistance(int length) => length >= 10 ? 2 : 1;

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string word)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[key] = set;
        }

        set.Add(word);
    }

    private static IEnumerable<string> Deletes(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
