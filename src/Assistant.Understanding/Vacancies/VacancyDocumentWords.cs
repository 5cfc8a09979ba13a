using System.Text.RegularExpressions;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Vacancies;

/// <summary>
/// The words of each vacancy's public documents, for the question that names no vacancy by its title, employer or place
/// but by something only one vacancy's documents mention: a site ("the residents of Hof X"), a project, a test ("de
/// typtest"), a team, an acronym the letterhead spells ("PZ ABC"), or the job in the document's everyday word ("de
/// labotechnicus" where the title says "laboratoriumtechnicus" and the text "labo"). A word counts when exactly one vacancy
/// uses it (among the candidates when several are given), is not a common or key word of the rules, and is not a word of
/// the candidate's own facts. It is a weak reference: the caller uses it only when nothing better names the vacancy.
/// </summary>
internal sealed partial class VacancyDocumentWords
{
    private const int MinLength = 4;

    private readonly string[] _ids;
    private readonly Dictionary<string, int[]> _where;
    private readonly HashSet<string>[] _words;
    private readonly Dictionary<string, int[]> _acronyms;
    private readonly Func<string, bool> _ignored;

    /// <param name="vacancies">The vacancies, with their documents' text in <see cref="VacancyRef.Text"/>.</param>
    /// <param name="ignored">Words that never name a vacancy (stop, common and key words).</param>
    public VacancyDocumentWords(IReadOnlyList<VacancyRef> vacancies, Func<string, bool> ignored)
    {
        _ids = vacancies.Select(v => v.Id).ToArray();
        _ignored = ignored;
        _words = new HashSet<string>[vacancies.Count];
        var where = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var v = 0; v < vacancies.Count; v++)
        {
            var text = vacancies[v].Text ?? "";
            // The title belongs to the documents' words even when a test gives only the body ("labotechnicus" ends like the title).
            _words[v] = Tokenizer.Tokenize(text + "\n" + vacancies[v].Title).Where(t => t.IsWord && t.Folded.Length >= MinLength).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
            foreach (var word in _words[v])
            {
                Add(where, WordCanon.Stem(word), v);
            }

            foreach (Match m in Acronym().Matches(text))
            {
                Add(acronyms, m.Value, v);
            }
        }

        _where = where.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _acronyms = acronyms.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The one vacancy the question's words point to through the documents, or null: the vacancy (of <paramref name="among"/>
    /// when given) that the most of the question's telling words name, when no other vacancy is named by as many.
    /// Tokens in <paramref name="skip"/> (the candidate's facts, the words that already named vacancies) do not count.
    /// </summary>
    public string? Find(string text, IReadOnlyList<Token> tokens, bool[] skip, IReadOnlyList<string>? among = null)
    {
        if (_ids.Length < 2)
        {
            return null;
        }

        var allowed = among?.Select(id => Array.IndexOf(_ids, id)).Where(i => i >= 0).ToHashSet();
        var personal = PersonalData().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var hits = new Dictionary<int, HashSet<string>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // The candidate's own name, e-mail address or street address never names a vacancy ("mail wout(at)voorbeeld(dot)be").
            if (!t.IsWord || skip[i] || personal.Any(p => t.Start >= p.Index && t.Start < p.End))
            {
                continue;
            }

            var written = t.Start + t.Lower.Length <= text.Length ? text.Substring(t.Start, t.Lower.Length) : t.Lower;
            if (written.Length is >= 3 and <= 8 && written.All(char.IsUpper) && Only(_acronyms.GetValueOrDefault(written), allowed) is { } a)
            {
                Hit(hits, a, written);
                continue;
            }

            if (t.Folded.Length < MinLength || _ignored(t.Folded) || _ignored(WordCanon.Stem(t.Folded)))
            {
                continue;
            }

            if ((Only(Where(WordCanon.Stem(t.Folded)), allowed) ?? CompoundOf(t.Folded, allowed)) is { } v)
            {
                Hit(hits, v, t.Folded);
            }
        }

        if (hits.Count == 0)
        {
            return null;
        }

        var ranked = hits.OrderByDescending(h => h.Value.Count).ToList();
        return ranked.Count == 1 || ranked[0].Value.Count > ranked[1].Value.Count ? _ids[ranked[0].Key] : null;
    }

    private int[]? Where(string stem) => _where.GetValueOrDefault(stem);

    /// <summary>
    /// "labotechnicus" where one vacancy's documents say "labo" and one of its words ends in "technicus": a compound of a
    /// word only that vacancy uses and the end of another of its words.
    /// </summary>
    private int? CompoundOf(string word, HashSet<int>? allowed)
    {
        for (var k = MinLength; k <= word.Length - MinLength; k++)
        {
            var left = word[..k];
            var right = word[k..];
            if (!_ignored(left) && Only(Where(WordCanon.Stem(left)), allowed) is { } v
                && _words[v].Any(w => w.Length > right.Length && w.EndsWith(right, StringComparison.Ordinal)))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>The one vacancy of <paramref name="vacancies"/> (restricted to <paramref name="allowed"/>), or null.</summary>
    private static int? Only(int[]? vacancies, HashSet<int>? allowed)
    {
        if (vacancies is null)
        {
            return null;
        }

        var left = allowed is null ? vacancies : vacancies.Where(allowed.Contains).ToArray();
        return left.Length == 1 && (allowed is not null || vacancies.Length == 1) ? left[0] : null;
    }

    private static void Hit(Dictionary<int, HashSet<string>> hits, int v, string word)
    {
        if (!hits.TryGetValue(v, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            hits[v] = set;
        }

        set.Add(word);
    }

    private static void Add(Dictionary<string, HashSet<int>> map, string key, int v)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = [];
            map[key] = set;
        }

        set.Add(v);
    }

    /// <summary>
    /// The candidate's own details: an e-mail address, also written out ("naam(at)domein(dot)be"), a street and house number, the
    /// place after a postcode, and the name after "ik ben", "mijn naam is", "my name is", "je m'appelle".
    /// </summary>
    [GeneratedRegex(@"[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+"
        + @"|\b[\p{L}-]+(?i:straat|laan|weg|plein|lei|dreef|baan|kaai|steenweg)\s+\d+\w?\b|\b\d{4}\s+\p{Lu}[\p{L}-]+"
        + @"|\b(?i:ik\s+ben|mijn\s+naam\s+is|my\s+name\s+is|je\s+m'appelle|je\s+suis)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}-]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalData();

    /// <summary>An abbreviation in capitals as written ("PZ ABC", "BIOSOL"): three to eight capitals, standing alone.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{3,8}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();
}
