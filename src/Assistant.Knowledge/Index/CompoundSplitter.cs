using Assistant.Core.Text;

namespace Assistant.Knowledge.Index;

/// <summary>
/// The one compound splitter: splits Dutch compounds into known words: "bachelordiploma" → bachelor + diploma,
/// "wervingsreserve" → werving + reserve (with the linking s). The word list is the corpus's own vocabulary plus
/// <see cref="DomainWords"/>; words are lower case and accent-folded, as the analyzer sees them. The index splits
/// into any number of parts (<see cref="Split"/>); vacancy references split job titles in two over their own word
/// lists (<see cref="SplitInTwo"/>: first split from the left, a linking s or e, job-title <see cref="TitleHeads"/>).
/// The two keep their own rules on purpose: the index wants every part of a compound, the resolver the first
/// reading that names a vacancy, and one rule for both changes what each finds; a search query's word splits in two
/// over the index's own terms (<see cref="SplitInTwoEvenly"/>). Thread-safe for reading.
/// </summary>
public sealed class CompoundSplitter
{
    /// <summary>Shortest part that counts as a word.</summary>
    public const int MinPartLength = 4;

    /// <summary>Shortest token that is tried as a compound.</summary>
    public const int MinCompoundLength = 7;

    /// <summary>Shortest word that <see cref="SplitInTwo"/> tries.</summary>
    public const int MinTwoPartLength = 8;

    private const int MaxWordLength = 40;

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>A splitter over <paramref name="words"/> (and the domain words).</summary>
    public CompoundSplitter(IEnumerable<string> words)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Concat(DomainWords))
        {
            if (word.Length >= MinPartLength && !StopWords.Index.Contains(word))
            {
                _words.Add(word);
            }
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parts that vacancy texts often put at the end or start of a compound.</summary>
    public static IReadOnlyList<string> DomainWords { get; } =
    [
        "diploma", "bachelor", "master", "reserve", "werving", "test", "proef", "loon", "wedde", "verlof",
        "ervaring", "selectie", "examen", "opdracht", "functie", "salaris", "schaal", "premie", "vergoeding",
        "verzekering", "cheque", "cheques", "maaltijd", "vakantie", "dagen", "gesprek", "interview", "assessment",
        "procedure", "kandidaat", "kandidaten", "sollicitatie", "contract", "regime", "werk", "uren", "team",
        "leider", "verantwoordelijke", "medewerker", "dienst", "beleid", "communicatie", "media", "kanalen",
        "kennis", "vaardigheden", "voorwaarden", "attest", "bewijs", "rijbewijs", "uittreksel", "strafregister",
        "datum", "termijn", "periode", "mobiliteit", "bevordering", "thuis", "telewerk", "opleiding", "fiets",
        "abonnement", "hospitalisatie", "groep", "pensioen", "stage", "bruto", "netto", "aanvang", "brief",
        "motivatie", "leiding", "coordinatie", "organisatie", "personeel", "administratie",
    ];

    /// <summary>
    /// The heads of job titles ("directiemedewerker" → directie + medewerker): a right part that splits a title even when
    /// the left part is not a known word.
    /// </summary>
    public static IReadOnlyList<string> TitleHeads { get; } =
    [
        "medewerker", "medewerkster", "deskundige", "assistent", "directeur", "coordinator", "verantwoordelijke", "adviseur",
        "consulent", "beheerder", "begeleider", "bediende", "manager", "leider", "hoofd", "coach", "planner", "analist",
        "ontwikkelaar", "expert", "specialist", "functionaris", "secretaris", "jurist", "ingenieur", "architect", "technicus",
        "arbeider", "chauffeur", "agent", "inspecteur", "controleur", "boekhouder", "verpleegkundige", "opvoeder", "animator",
        "redacteur", "woordvoerder", "projectleider", "teamleider", "diensthoofd", "werker", "officer", "beambte", "kanalen",
        "dienst", "beleid", "communicatie", "directie", "bestuur", "besturen",
    ];

    /// <summary>How many words the list holds.</summary>
    public int Count => _words.Count;

    /// <summary>Whether <paramref name="word"/> is in the list.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>
    /// The parts of <paramref name="word"/> when it is a compound of known words (fewest parts wins, then the
    /// most even split); otherwise its longest known tail of at least 5 letters; otherwise nothing.
    /// </summary>
    public string[] Split(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n < MinCompoundLength || n > MaxWordLength)
        {
            return [];
        }

        // parts[i]: fewest known words covering word[i..] (a linking 's' allowed between words); 0 = impossible.
        Span<int> parts = stackalloc int[n + 1];
        Span<int> next = stackalloc int[n + 1];
        Span<int> skip = stackalloc int[n + 1];
        parts.Clear();
        for (var i = n - MinPartLength; i >= 0; i--)
        {
            for (var j = n; j >= i + MinPartLength; j--)
            {
                if (!_lookup.Contains(word[i..j]))
                {
                    continue;
                }

                TryCover(parts, next, skip, i, j, 0, n);
                if (j < n && word[j] == 's')
                {
                    TryCover(parts, next, skip, i, j, 1, n);
                }
            }
        }

        var best = BestFirstPart(word, parts, next, skip, n);
        if (best.Count > 0)
        {
            return [.. best];
        }

        for (var i = 3; i <= n - 5; i++)
        {
            if (_lookup.Contains(word[i..]))
            {
                return [word[i..].ToString()];
            }
        }

        return [];
    }

    /// <summary>
    /// The two parts of <paramref name="word"/> (at least <see cref="MinTwoPartLength"/> letters), or null when it does not
    /// split: the first split from the left whose right part is in <paramref name="words"/> and whose left part is too,
    /// or is after a linking s or e ("beleidsmedewerker", "personeelsdienst"), or whose right part is one of
    /// <paramref name="heads"/> when given. Parts have at least <see cref="MinPartLength"/> letters.
    /// </summary>
    public static (string Left, string Right)? SplitInTwo(
        string word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? heads = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinTwoPartLength)
        {
            return null;
        }

        for (var i = MinPartLength; i <= word.Length - MinPartLength; i++)
        {
            var right = word.AsSpan(i);
            if (!words.Contains(right))
            {
                continue;
            }

            var left = word.AsSpan(0, i);
            if (words.Contains(left) || (heads is { } h && h.Contains(right)))
            {
                return (left.ToString(), right.ToString());
            }

            if (left.Length > MinPartLength && left[^1] is 's' or 'e' && words.Contains(left[..^1]))
            {
                return (left[..^1].ToString(), right.ToString());
            }
        }

        return null;
    }

    /// <summary>
    /// The most even split of <paramref name="word"/> (at least <see cref="MinCompoundLength"/> letters) into two parts of
    /// at least <see cref="MinPartLength"/> letters that <paramref name="isPart"/> accepts, a linking s skipped when the
    /// tail with it is not a part ("samenwerkingsverband" → samenwerking + verband), the left part never a stop word; or
    /// null. The search query's split: <paramref name="isPart"/> asks the index, so a query word splits into what the
    /// passages hold ("samenwerken" → samen + werken), whichever word list the index was built with.
    /// </summary>
    public static (string Left, string Right)? SplitInTwoEvenly(string word, Func<string, bool> isPart)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(isPart);
        (string, string)? best = null;
        var bestShortest = 0;
        for (var j = MinPartLength; j <= word.Length - MinPartLength && word.Length >= MinCompoundLength; j++)
        {
            var tailStart = word[j] == 's' && word.Length - j - 1 >= MinPartLength && !isPart(word[j..]) ? j + 1 : j;
            var shortest = Math.Min(j, word.Length - tailStart);
            if (shortest <= bestShortest || StopWords.Index.Contains(word[..j]))
            {
                continue;
            }

            if (isPart(word[..j]) && isPart(word[tailStart..]))
            {
                (best, bestShortest) = ((word[..j], word[tailStart..]), shortest);
            }
        }

        return best;
    }

    private static void TryCover(Span<int> parts, Span<int> next, Span<int> skip, int i, int j, int link, int n)
    {
        var rest = j + link;
        var count = rest == n ? (link == 0 ? 1 : 0) : (parts[rest] > 0 ? parts[rest] + 1 : 0);
        if (count > 0 && (parts[i] == 0 || count < parts[i]))
        {
            parts[i] = count;
            next[i] = j;
            skip[i] = link;
        }
    }

    private List<string> BestFirstPart(ReadOnlySpan<char> word, Span<int> parts, Span<int> next, Span<int> skip, int n)
    {
        // The whole word may itself be in the list: look for the best split into at least two parts.
        var bestCount = int.MaxValue;
        var bestMin = 0;
        var bestJ = -1;
        var bestLink = 0;
        for (var j = MinPartLength; j <= n - MinPartLength; j++)
        {
            if (!_lookup.Contains(word[..j]))
            {
                continue;
            }

            for (var link = 0; link <= 1; link++)
            {
                var rest = j + link;
                if ((link == 1 && word[j] != 's') || rest > n - MinPartLength || parts[rest] == 0)
                {
                    continue;
                }

                var count = parts[rest] + 1;
                var shortest = Math.Min(j, n - rest);
                if (count < bestCount || (count == bestCount && shortest > bestMin))
                {
                    (bestCount, bestMin, bestJ, bestLink) = (count, shortest, j, link);
                }
            }
        }

        var result = new List<string>();
        if (bestJ < 0)
        {
            return result;
        }

        result.Add(word[..bestJ].ToString());
        var i = bestJ + bestLink;
        while (i < n)
        {
            var j = next[i];
            result.Add(word[i..j].ToString());
            i = j + skip[i];
        }

        return result;
    }
}
