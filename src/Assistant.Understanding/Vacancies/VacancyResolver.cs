using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Vacancies;

/// <summary>
/// The one vacancy-name matcher: the understanding asks which vacancy a message means (<see cref="Resolve"/>), the staff
/// search ranks vacancies for a query (<see cref="Rank"/>); the two differ by their <see cref="VacancyMatchPolicy"/> only,
/// over one index of the vacancies' naming words (<see cref="VacancyTermIndex"/>). Finds the vacancies a question names by matching its words against each vacancy's organisation, location, title
/// and id words: exact canonical match, typo (edit distance), compound parts and prefixes, with adjacent words joined
/// ("directie medewerker" → "directiemedewerker"). Rare words weigh more. Several equally good vacancies matched by
/// the same words make the reference ambiguous; vacancies matched by different words are all named.
/// </summary>
internal sealed class VacancyResolver
{
    private const int MaxTokens = 64;

    private static readonly HashSet<string> CommonWords = new(Classification.KnownWords.All(), StringComparer.Ordinal);

    private readonly string[] _ids;
    private readonly VacancyTermIndex _index;
    private readonly HashSet<string> _stop;
    private readonly HashSet<string>[] _wholeTerms;

    public VacancyResolver(IReadOnlyList<VacancyRef> vacancies)
    {
        _ids = vacancies.Select(v => v.Id).ToArray();
        _stop = ResolverStopWords.Build();
        _wholeTerms = [.. vacancies.Select(v => Tokenizer.Tokenize(string.Join(' ', v.Title, v.Organisation, v.Location))
            .Where(t => t.IsWord).Select(t => WordCanon.Canon(t.Folded)).ToHashSet(StringComparer.Ordinal))];
        _index = new VacancyTermIndex(vacancies, _stop);
    }

    /// <summary>True for a folded word of a vacancy's place or employer name ("zonnebeek"), also in French or English ("courtrai").</summary>
    public bool IsPlace(string folded) => _index.Places.Contains(folded) || (PlaceNames.Dutch(folded) is { } dutch && _index.Places.Contains(dutch));

    /// <summary>True for a word that never identifies a vacancy.</summary>
    public bool IsStopWord(string folded) => _stop.Contains(folded);

    public VacancyMatch Resolve(IReadOnlyList<Token> tokens, bool[] maskedTokens, Func<string, bool> isDomainWord)
    {
        var vacancyTokens = new bool[tokens.Count];
        if (_ids.Length == 0)
        {
            return new VacancyMatch([], false, vacancyTokens, vacancyTokens);
        }

        ulong domain = 0;
        var hits = new Dictionary<(int Vacancy, string Term), (double Value, ulong Mask, bool IsName, bool Part)>();
        var count = Math.Min(tokens.Count, MaxTokens);
        maskedTokens = MatchPhrases(tokens, maskedTokens, count, hits);
        for (var i = 0; i < count; i++)
        {
            if (!Usable(tokens, maskedTokens, i) || IsCandidatePhrase(tokens, i) || IsAnyEmployer(tokens, i))
            {
                continue;
            }

            var word = tokens[i].Folded;
            var factor = isDomainWord(word) ? 0.3 : 1.0;
            domain |= factor < 1 ? 1UL << i : 0;
            MatchWord(word, 1UL << i, factor, hits);
            if (i + 1 < count && Usable(tokens, maskedTokens, i + 1))
            {
                AddExact(WordCanon.Canon(word + tokens[i + 1].Folded), (1UL << i) | (1UL << (i + 1)), 1.0, hits);
            }
        }

        AddCompoundParts(tokens, maskedTokens, count, isDomainWord, hits);

        var scores = new double[_ids.Length];
        var masks = new ulong[_ids.Length];
        ulong any = 0;
        var named = new bool[_ids.Length];
        var titleTerms = new int[_ids.Length];
        var longest = new int[_ids.Length];
        foreach (var ((v, term), (value, mask, isName, _)) in hits)
        {
            scores[v] += value;
            masks[v] |= mask;
            any |= mask;
            named[v] |= isName;
            titleTerms[v] += isName ? 0 : 1;
            longest[v] = Math.Max(longest[v], term.Length);
        }

        for (var v = 0; v < _ids.Length; v++)
        {
            // One short job word alone ("tijd" of "coördinator vrije tijd") is too weak to name a vacancy.
            if (!named[v] && titleTerms[v] == 1 && longest[v] < 7 && !hits.Any(h => h.Key.Vacancy == v && _index.TitleHeads.Contains((v, h.Key.Term))))
            {
                scores[v] *= 0.5;
            }
        }

        for (var i = 0; i < count; i++)
        {
            vacancyTokens[i] = (any & (1UL << i)) != 0;
        }

        var order = Enumerable.Range(0, _ids.Length).Where(v => scores[v] >= VacancyMatchPolicy.Sure.MinScore).OrderByDescending(v => scores[v]).ToList();
        if (order.Count == 0)
        {
            return new VacancyMatch([], false, vacancyTokens, new bool[tokens.Count]);
        }

        var best = order[0];
        if (IsWeak(best, named, hits) && order.FirstOrDefault(v => IsProperlyNamed(v, hits)) is var proper && proper != best && IsProperlyNamed(proper, hits))
        {
            // "bij ORG een toelage? ik heb 2 kinderen": a vacancy named by its employer or place goes before one that only a
            // part or a minor word of its title matched ("kinderen" of "kinderbegeleider").
            best = proper;
        }

        var tied = Enumerable.Range(0, _ids.Length)
            .Where(v => scores[v] > 0 && scores[v] >= 0.85 * scores[best] && (masks[v] & masks[best]) != 0)
            .OrderByDescending(v => scores[v])
            .ToList();
        if (tied.Count > 1 && tied.Count(v => named[v]) == 1)
        {
            // "the administrative assistant job at ORG": the one vacancy whose employer or place is named wins over
            // others that only share job words.
            tied = [tied.Single(v => named[v])];
            best = tied[0];
        }

        if (tied.Count > 1)
        {
            return new VacancyMatch(tied.Select(v => _ids[v]).ToList(), true, vacancyTokens, NameTokens(tokens.Count, tied, masks, domain), !tied.Any(v => named[v]));
        }

        var ids = new List<string> { _ids[best] };
        foreach (var v in order)
        {
            // A part of one compound word ("kennis" in "boekhoudkennis") does not name a second vacancy on its own, and a
            // second vacancy needs its own employer or place when the first was named by one ("the assistant job at ORG").
            var residual = hits.Where(h => h.Key.Vacancy == v && !h.Value.Part && (h.Value.Mask & ~masks[best]) != 0).Sum(h => h.Value.Value);
            // A vacancy named only by the kind of its employer ("OCMW" of "OCMW X": often the candidate's own employer) is not
            // added beside one named by a proper name.
            var properlyNamed = hits.Any(h => h.Key.Vacancy == v && h.Value.IsName && !_index.KindTerms.Contains((v, h.Key.Term)));
            var kindOnly = named[v] && !properlyNamed && hits.Any(h => h.Key.Vacancy == best && h.Value.IsName && !_index.KindTerms.Contains((best, h.Key.Term)));
            // A vacancy matched only by a part or a minor word of its title ("weekends" of "… – nachtploeg en weekends") is a
            // word of the question's other clause, not a second vacancy, beside one named by its employer, place or title head.
            var incidental = IsWeak(v, named, hits) && !IsWeak(best, named, hits);
            if (v != best && scores[v] >= 0.5 * scores[best] && residual >= VacancyMatchPolicy.Sure.MinScore && (named[v] || !named[best]) && !kindOnly && !incidental)
            {
                ids.Add(_ids[v]);
            }
        }

        // Matched by parts only: each hit a part of a compound ("nacht" covering "nachtdienst") or a term that is no whole word of the name.
        var partsOnly = ids.Select(id => Array.IndexOf(_ids, id)).All(v => hits.Where(h => h.Key.Vacancy == v).All(h => h.Value.Part || !_wholeTerms[v].Contains(h.Key.Term)));
        return new VacancyMatch(ids, false, vacancyTokens, NameTokens(tokens.Count, ids.Select(id => Array.IndexOf(_ids, id)), masks, domain), !ids.Any(id => named[Array.IndexOf(_ids, id)]), partsOnly);
    }

    /// <summary>Named by a proper name of its employer or place, not only by the kind of its employer ("OCMW").</summary>
    private bool IsProperlyNamed(int v, Dictionary<(int Vacancy, string Term), (double Value, ulong Mask, bool IsName, bool Part)> hits) =>
        hits.Any(h => h.Key.Vacancy == v && h.Value.IsName && !_index.KindTerms.Contains((v, h.Key.Term)));

    /// <summary>Matched by no name and by no whole head word of its title: only by parts of its compounds or by its title's minor words.</summary>
    private bool IsWeak(int v, bool[] named, Dictionary<(int Vacancy, string Term), (double Value, ulong Mask, bool IsName, bool Part)> hits) =>
        !named[v] && hits.Where(h => h.Key.Vacancy == v).All(h => h.Value.Part || !_index.TitleHeads.Contains((v, h.Key.Term)));

    /// <summary>
    /// Two-word job names in English or French (<see cref="JobPhrases"/>: "assistant social", "customs officer") matched as
    /// their Dutch title words; their tokens are then masked for the word-by-word matching, so that "assistant" or "officer"
    /// alone names no other vacancy. A phrase whose Dutch words match no vacancy leaves its words to the usual matching.
    /// </summary>
    private bool[] MatchPhrases(IReadOnlyList<Token> tokens, bool[] maskedTokens, int count, Dictionary<(int, string), (double, ulong, bool, bool)> hits)
    {
        bool[]? masked = null;
        for (var i = 0; i < count; i++)
        {
            if (!tokens[i].IsWord || maskedTokens[i] || (masked?[i] ?? false))
            {
                continue;
            }

            var j = i + 1;
            while (j < count && j <= i + 3 && (!tokens[j].IsWord || JobPhrases.IsLink(tokens[j].Folded.TrimEnd('\'')) || tokens[j].Folded.Length == 0))
            {
                j++;
            }

            var pair = j < count && tokens[j].IsWord && !maskedTokens[j] ? JobPhrases.Dutch(tokens[i].Folded, tokens[j].Folded) : null;
            var dutch = pair ?? JobPhrases.Dutch(tokens[i].Folded);
            if (dutch is null)
            {
                continue;
            }

            var mask = pair is null ? 1UL << i : (1UL << i) | (1UL << j);
            var found = new Dictionary<(int, string), (double, ulong, bool, bool)>();
            foreach (var word in dutch)
            {
                MatchWord(word, mask, 1.0, found);
            }

            if (found.Count == 0)
            {
                continue;
            }

            foreach (var (key, value) in found)
            {
                hits[key] = hits.TryGetValue(key, out var cur) && cur.Item1 >= value.Item1 ? cur : value;
            }

            masked ??= (bool[])maskedTokens.Clone();
            masked[i] = true;
            if (pair is not null)
            {
                masked[j] = true;
            }
        }

        return masked ?? maskedTokens;
    }

    /// <summary>
    /// Every vacancy whose naming words (<see cref="VacancyTermIndex.Typed"/>) the words of <paramref name="query"/> match,
    /// with a score (higher is better), under <paramref name="policy"/> (<see cref="VacancyMatchPolicy.Ranking"/> when
    /// null): a whole word counts 1, a word that begins one (from the policy's prefix length) its prefix weight, and a word
    /// that matches many vacancies ("stad") counts less than one that picks out a few (ln(1 + N/matches)).
    /// </summary>
    public Dictionary<string, double> Rank(string query, VacancyMatchPolicy? policy = null)
    {
        policy ??= VacancyMatchPolicy.Ranking;
        if (!policy.AsTyped)
        {
            throw new ArgumentException("Ranking reads the words as typed; a message is read with Resolve.", nameof(policy));
        }

        var scores = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var matches = new List<(int Vacancy, double Weight)>();
        foreach (var word in TextFold.Words(query).Distinct(StringComparer.Ordinal))
        {
            if (word.Length < policy.MinPrefixLength && !word.Any(char.IsDigit))
            {
                continue;
            }

            matches.Clear();
            for (var v = 0; v < _ids.Length; v++)
            {
                var words = _index.Typed[v];
                if (words.Contains(word))
                {
                    matches.Add((v, 1.0));
                }
                else if (word.Length >= policy.MinPrefixLength && words.Any(w => w.StartsWith(word, StringComparison.Ordinal)))
                {
                    matches.Add((v, policy.PrefixWeight));
                }
            }

            var rarity = Math.Log(1 + ((double)_ids.Length / Math.Max(1, matches.Count)));
            foreach (var (v, weight) in matches)
            {
                scores[_ids[v]] = scores.GetValueOrDefault(_ids[v]) + (weight * rarity);
            }
        }

        return scores.Where(s => s.Value > policy.MinScore).ToDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The tokens of the named vacancies' names: every matched word that is not a domain word, and a matched domain
    /// word next to such a word ("deskundige selectie"), but not a domain word on its own ("de selectie in Aalst").
    /// </summary>
    private static bool[] NameTokens(int count, IEnumerable<int> named, ulong[] masks, ulong domain)
    {
        ulong mask = 0;
        foreach (var v in named)
        {
            mask |= masks[v];
        }

        var result = new bool[count];
        for (var i = 0; i < Math.Min(count, MaxTokens); i++)
        {
            var bit = 1UL << i;
            if ((mask & bit) == 0)
            {
                continue;
            }

            var left = i > 0 && (mask & (bit >> 1)) != 0 && (domain & (bit >> 1)) == 0;
            var right = i + 1 < MaxTokens && (mask & (bit << 1)) != 0 && (domain & (bit << 1)) == 0;
            result[i] = (domain & bit) == 0 || left || right;
        }

        return result;
    }

    private bool Usable(IReadOnlyList<Token> tokens, bool[] masked, int i)
    {
        var t = tokens[i];
        return t.IsWord && !masked[i] && t.Folded.Length >= 3 && !_stop.Contains(t.Folded) && !t.Folded.EndsWith('\'');
    }

    /// <summary>
    /// "in een gemeente", "dans une commune", "for a city": a kind of employer with an indefinite article is any one of them
    /// (where the candidate works or worked), never the employer of a vacancy.
    /// </summary>
    private static bool IsAnyEmployer(IReadOnlyList<Token> tokens, int i) =>
        (i > 0 && tokens[i - 1].Folded is "een" or "a" or "an" or "un" or "une" or "another" or "andere" or "autre"
        && Cognates.Canonical(tokens[i].Folded) is "gemeente" or "stad" or "provincie" or "organisatie" or "bestuur" or "dienst" or "afdeling")
        || IsPastEmployer(tokens, i);

    /// <summary>
    /// "4 jaar als bosarbeider bij het agentschap, waarvan …", "I worked 3 years at the hospital", "6 ans à la commune": a kind of
    /// employer named bare with a definite article, where the candidate tells of their years of work, is where they worked, not
    /// the employer of a vacancy (a name after it, "bij de stad Gent", still names one).
    /// </summary>
    private static bool IsPastEmployer(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 2 || tokens[i - 1].Folded is not ("het" or "de" or "the" or "le" or "la" or "l") || tokens[i - 2].Folded is not ("bij" or "at" or "for" or "chez" or "voor" or "a")
            || (!(Cognates.Canonical(tokens[i].Folded) is { } canonical && EmployerKinds.Contains(canonical)) && !EmployerKinds.Contains(tokens[i].Folded)))
        {
            return false;
        }

        var named = i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Folded.Length >= 3 && !NotANameAfter.Contains(tokens[i + 1].Folded);
        var told = tokens.Take(i).Any(t => WorkTold.Contains(t.Folded));
        return !named && told;
    }

    private static readonly HashSet<string> EmployerKinds = new(StringComparer.Ordinal)
    {
        "gemeente", "stad", "provincie", "agentschap", "ocmw", "ziekenhuis", "politiezone", "politie", "intercommunale", "woonzorgcentrum",
        "overheid", "administratie", "ministerie", "firma", "bedrijf", "city", "municipality", "agency", "hospital", "province", "commune",
        "ville", "agence", "hopital", "cpas",
    };

    private static readonly HashSet<string> NotANameAfter = new(StringComparer.Ordinal)
    {
        "waarvan", "waar", "als", "en", "maar", "sinds", "voor", "van", "in", "and", "but", "since", "for", "as", "where", "of", "et", "mais",
        "depuis", "comme", "dont", "pendant", "gedurende", "tot", "until", "jusqu", "nu", "now", "ook", "also",
    };

    private static readonly HashSet<string> WorkTold = new(StringComparer.Ordinal)
    {
        "jaar", "jaren", "maanden", "years", "year", "months", "ans", "annees", "mois", "gewerkt", "werk", "werkte", "worked", "work", "working",
        "travaille", "tewerkgesteld", "employed", "ervaring", "experience",
    };

    /// <summary>"interne kandidaat", "candidat interne": a kind of candidate, not a vacancy word.</summary>
    private static bool IsCandidatePhrase(IReadOnlyList<Token> tokens, int i)
    {
        var c = Cognates.Canonical(tokens[i].Folded);
        if (c is not ("intern" or "extern"))
        {
            return false;
        }

        var next = i + 1 < tokens.Count ? tokens[i + 1].Folded : "";
        var previous = i > 0 ? tokens[i - 1].Folded : "";
        return next.StartsWith("kandida", StringComparison.Ordinal) || next.StartsWith("candida", StringComparison.Ordinal)
            || next.StartsWith("sollicit", StringComparison.Ordinal) || next.StartsWith("mobilit", StringComparison.Ordinal)
            || next.StartsWith("bevorder", StringComparison.Ordinal) || next.StartsWith("promot", StringComparison.Ordinal)
            || next.StartsWith("applicant", StringComparison.Ordinal) || next.StartsWith("selectie", StringComparison.Ordinal)
            || next.StartsWith("procedure", StringComparison.Ordinal) || next.StartsWith("oproep", StringComparison.Ordinal)
            || previous.StartsWith("candidat", StringComparison.Ordinal) || previous is "promotion" or "intern" or "mobilite";
    }

    private void MatchWord(string word, ulong mask, double factor, Dictionary<(int, string), (double, ulong, bool, bool)> hits)
    {
        var q = WordCanon.Canon(word);
        if (AddExact(q, mask, factor, hits))
        {
            return;
        }

        // A common word spelt right ("weken") is no typo of a vacancy's word ("wegen").
        if (q.Length >= 5 && !CommonWords.Contains(word) && _index.Fuzzy.Nearest(q) is { } near && AddExact(near, mask, 0.8 * factor, hits))
        {
            return;
        }

        // "communicatiejob", "directiefunctie": a vacancy word followed by a generic word.
        for (var k = word.Length - 3; k >= 4; k--)
        {
            if (_stop.Contains(word[k..]) && AddExact(WordCanon.Canon(word[..k]), mask, 0.95 * factor, hits))
            {
                return;
            }
        }

        var found = false;
        if (_index.Splitter.Split(word, strict: true) is { } parts)
        {
            found |= AddExact(WordCanon.Canon(parts.Left), mask, 0.85 * factor, hits, part: true);
            found |= AddExact(WordCanon.Canon(parts.Right), mask, 0.85 * factor, hits, part: true);
        }

        if (found || q.Length < VacancyMatchPolicy.Sure.MinPrefixLength)
        {
            return;
        }

        if (_index.Prefixes.TryGetValue(q, out var longer))
        {
            foreach (var term in longer)
            {
                AddExact(term, mask, VacancyMatchPolicy.Sure.PrefixWeight * factor, hits);
            }

            return;
        }

        for (var k = q.Length - 1; k >= 5; k--)
        {
            if (AddExact(q[..k], mask, 0.75 * factor, hits, part: true))
            {
                return;
            }
        }

        for (var k = 1; k <= q.Length - 5; k++)
        {
            if (AddExact(q[k..], mask, 0.75 * factor, hits, part: true))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Parts of the vacancies' compound words named by the question's words or their English/French equivalents
    /// (<see cref="JobWords"/>): "emergency planning" covers "noodplanning", "gestionnaire de dossiers" covers
    /// "dossierbehandelaar". A part begins or ends the compound and leaves at least three letters of it. One part alone
    /// counts less than the minimum score (it never names a vacancy on its own); two parts or more of one compound count
    /// almost as the whole word.
    /// </summary>
    private void AddCompoundParts(IReadOnlyList<Token> tokens, bool[] maskedTokens, int count, Func<string, bool> isDomainWord, Dictionary<(int, string), (double, ulong, bool, bool)> hits)
    {
        // Keyed by the compound's entry in the index, so its term, weight and kind need no second lookup.
        var covered = new Dictionary<int, (HashSet<string> Parts, ulong Mask, double Factor)>();
        for (var i = 0; i < count; i++)
        {
            if (!Usable(tokens, maskedTokens, i))
            {
                continue;
            }

            var word = tokens[i].Folded;
            var factor = isDomainWord(word) ? 0.3 : 1.0;
            var parts = JobWords.Parts(word).Append(word).Append(WordCanon.Stem(word)).Where(p => p.Length >= 3).Distinct(StringComparer.Ordinal).ToList();
            foreach (var translation in JobWords.Parts(word).Where(p => p != word))
            {
                // "permis" → "vergunning": the translation is a whole vacancy word.
                AddExact(WordCanon.Canon(translation), 1UL << i, 0.9 * factor, hits);
            }

            for (var key = 0; key < _index.Compounds.Count; key++)
            {
                var compound = _index.Compounds[key].Word;
                foreach (var part in parts)
                {
                    var begins = compound.StartsWith(part, StringComparison.Ordinal);
                    if (compound.Length - part.Length >= 3 && (begins || EndsWithPart(compound, part)))
                    {
                        var cur = covered.TryGetValue(key, out var c) ? c : (new HashSet<string>(StringComparer.Ordinal), 0UL, 0.0);
                        cur.Item1.Add(begins ? "<" : ">");
                        covered[key] = (cur.Item1, cur.Item2 | (1UL << i), Math.Max(cur.Item3, factor));
                        break;
                    }
                }
            }
        }

        // One word that begins or ends several compounds of one vacancy ("planning" of "X-planning" and "Y-planning") counts once.
        var single = covered.Where(c => c.Value.Parts.Count == 1)
            .GroupBy(c => (_index.Compounds[c.Key].Vacancy, c.Value.Mask))
            .Select(g => g.OrderByDescending(c => _index.Compounds[c.Key].Weight).First());
        foreach (var (entry, (sides, mask, factor)) in covered.Where(c => c.Value.Parts.Count >= 2).Concat(single))
        {
            var (v, _, term, weight, isName) = _index.Compounds[entry];
            var value = (sides.Count >= 2 ? 0.9 * weight : 0.4 * Math.Min(weight, 1.0)) * factor;
            var key = (v, term);
            hits[key] = hits.TryGetValue(key, out var cur)
                ? (Math.Max(cur.Item1, value), cur.Item2 | mask, cur.Item3 || isName, cur.Item4)
                : (value, mask, isName, true);
        }
    }

    /// <summary>True when <paramref name="compound"/> ends with <paramref name="part"/>, also in the plural ("fietssubsidies", "-en").</summary>
    private static bool EndsWithPart(string compound, string part) =>
        compound.EndsWith(part, StringComparison.Ordinal) || compound.EndsWith(part + "s", StringComparison.Ordinal)
        || compound.EndsWith(part + "en", StringComparison.Ordinal) || compound.EndsWith(part + "n", StringComparison.Ordinal);

    private bool AddExact(string term, ulong mask, double quality, Dictionary<(int, string), (double, ulong, bool, bool)> hits, bool part = false)
    {
        if (!_index.Terms.TryGetValue(term, out var postings))
        {
            return false;
        }

        foreach (var (v, weight, isName) in postings)
        {
            var value = weight * quality;
            var key = (v, term);
            hits[key] = hits.TryGetValue(key, out var cur)
                ? (Math.Max(cur.Item1, value), cur.Item2 | mask, isName, cur.Item4 && part)
                : (value, mask, isName, part);
        }

        return true;
    }
}
