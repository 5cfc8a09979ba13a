using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Vacancies;

/// <summary>
/// The words that identify each vacancy, in canonical form, with a weight: the field's weight (location 1.6,
/// organisation 1.3, title 1.0, id 0.8; compound parts 0.9 of that) times the word's rarity over the vacancy list
/// (ln((N+1)/df) / ln(N+1): 1 for a word of one vacancy, small for a word of all); and each vacancy's naming words as
/// typed (<see cref="Typed"/>) for a search box.
/// </summary>
internal sealed partial class VacancyTermIndex
{
    public VacancyTermIndex(IReadOnlyList<VacancyRef> vacancies, HashSet<string> stop)
    {
        // The id is "<employer>-<job>" by convention: its words that are not in the title name the employer (an acronym
        // such as "iwl" the extracted organisation may lack), so they weigh as a name; the others as the title does.
        var kindTerms = new HashSet<(int, string)>();
        var fieldsPerVacancy = vacancies.Select((v, vi) =>
        {
            var titleWords = Words(v.Title, stop).ToHashSet(StringComparer.Ordinal);
            var idWords = Words(v.Id.Replace('-', ' ').Replace('_', ' '), stop).ToList();
            var nameWords = Words(v.Organisation, stop).Concat(Words(v.Location, stop)).ToHashSet(StringComparer.Ordinal);
            // The heading's capitalised words beyond the title and the employer ("– Cultuurcentrum De Spiegelzaal") name a place of work.
            // The terms of the post in a heading ("LERAAR PIANO – TIJDELIJKE VERVANGING", "– Voltijds – Contractueel") are no names:
            // "tijdelijk" in a question about another employer must not name this vacancy as well.
            var headingNames = string.Join(' ', (v.Heading ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Where(w => char.IsUpper(w[0]) && w.All(char.IsLetter) && !PostTerm().IsMatch(w)));
            // A common noun capitalised in the heading ("– Departement X, Dienst Y") names a kind of unit, not the place: "de dienst"
            // in a question about another employer must not name this vacancy as well.
            var headingWords = Words(headingNames, stop).Where(w => !titleWords.Contains(w) && !nameWords.Contains(w) && !Cognates.Contains(w));
            var placeWords = Words(v.Names, stop).Where(w => !titleWords.Contains(w) && !nameWords.Contains(w));
            // A common noun inside the employer's name ("Dienst" in "Federale Dienst X") names no employer when the name has a
            // proper part: it weighs as a job word, so "service" in a question does not name that employer. The kind that opens
            // the name ("Stad X", "OCMW X") still names it ("bij de stad").
            var orgWords = Words(v.Organisation, stop).ToList();
            var opening = TextFold.Words(v.Organisation ?? "").FirstOrDefault();
            var orgCommon = orgWords.Any(w => !Cognates.Contains(w)) ? orgWords.Where(w => Cognates.Contains(w) && w != opening).ToList() : [];
            if (opening is not null && Cognates.Contains(opening) && orgWords.Any(w => !Cognates.Contains(w)))
            {
                kindTerms.Add((vi, WordCanon.Canon(opening)));
            }

            var orgName = string.Join(' ', orgWords.Where(w => !orgCommon.Contains(w)));
            return new (string? Text, double Weight)[]
            {
                (v.Location, 1.6), (orgName, 1.3), (string.Join(' ', orgCommon), 1.0), (v.Title, 1.0),
                (string.Join(' ', idWords.Where(titleWords.Contains)), 0.8), (string.Join(' ', idWords.Where(w => !titleWords.Contains(w))), 1.2),
                (string.Join(' ', headingWords), 1.2), (string.Join(' ', placeWords), 1.2),
            };
        }).ToArray();

        KindTerms = kindTerms;
        Typed = [.. vacancies.Select(v => new HashSet<string>(
            new[] { v.Id.Replace('-', ' '), v.Title, v.Organisation, v.Location, v.Scale }.SelectMany(TextFold.Words),
            StringComparer.Ordinal))];
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fields, v) in fieldsPerVacancy.Select((f, i) => (f, vacancies[i])))
        {
            foreach (var (text, _) in fields)
            {
                vocabulary.UnionWith(Words(text, stop));
            }

            places.UnionWith(Words(v.Location, stop).Concat(Words(v.Organisation, stop)).Where(w => !Cognates.Contains(w)));
        }

        Splitter = new VacancyCompounds(vocabulary);
        Places = places;
        var perVacancy = new Dictionary<string, double>[vacancies.Count];
        for (var v = 0; v < vacancies.Count; v++)
        {
            var terms = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (text, weight) in fieldsPerVacancy[v])
            {
                foreach (var word in Words(text, stop))
                {
                    Add(terms, WordCanon.Canon(word), weight);
                    if (Splitter.Split(word) is { } parts)
                    {
                        Add(terms, WordCanon.Canon(parts.Left), weight * 0.9);
                        Add(terms, WordCanon.Canon(parts.Right), weight * 0.9);
                    }
                }
            }

            perVacancy[v] = terms;
        }

        var n = vacancies.Count;
        var df = perVacancy.SelectMany(t => t.Keys).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var postings = new Dictionary<string, List<(int, double, bool)>>(StringComparer.Ordinal);
        for (var v = 0; v < n; v++)
        {
            foreach (var (term, weight) in perVacancy[v])
            {
                var rarity = n <= 1 ? 1.0 : Math.Log((n + 1.0) / df[term]) / Math.Log(n + 1.0);
                if (!postings.TryGetValue(term, out var list))
                {
                    list = [];
                    postings[term] = list;
                }

                list.Add((v, weight * rarity, weight > 1.1));
            }
        }

        Terms = postings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        TitleHeads = [.. vacancies.Select((v, vi) => (vi, Words(v.Title, stop).Select(WordCanon.Canon).FirstOrDefault() ?? ""))];
        var compounds = new List<(int, string, string, double, bool)>();
        for (var v = 0; v < n; v++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, _) in fieldsPerVacancy[v])
            {
                foreach (var word in Words(text, stop).Where(w => w.Length >= 7))
                {
                    var term = WordCanon.Canon(word);
                    if (Terms.TryGetValue(term, out var list) && list.FirstOrDefault(p => p.Vacancy == v) is { Weight: > 0 } posting
                        && seen.Add(word))
                    {
                        compounds.Add((v, word, term, posting.Weight, posting.IsName));
                    }
                }
            }
        }

        Compounds = compounds;
        Fuzzy = new FuzzyLexicon(Terms.Keys, 5);
        var prefixes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var term in Terms.Keys)
        {
            for (var k = 5; k < term.Length; k++)
            {
                if (!prefixes.TryGetValue(term[..k], out var set))
                {
                    set = new HashSet<string>(StringComparer.Ordinal);
                    prefixes[term[..k]] = set;
                }

                set.Add(term);
            }
        }

        Prefixes = prefixes.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Canonical term → (vacancy index, weight, whether the term names the place or employer rather than the job).</summary>
    public Dictionary<string, (int Vacancy, double Weight, bool IsName)[]> Terms { get; }

    /// <summary>Every prefix of five letters or more of a term → the terms it begins.</summary>
    public Dictionary<string, string[]> Prefixes { get; }

    public FuzzyLexicon Fuzzy { get; }

    /// <summary>(vacancy, canonical first word of its title): the head of a title ("attaché" of "Attaché X") names the job
    /// even when it is short.</summary>
    public HashSet<(int Vacancy, string Term)> TitleHeads { get; }

    /// <summary>The long title, employer and place words (folded, seven letters or more) per vacancy with their canonical
    /// term, weight and whether they name the employer or place: the compounds a question's parts can cover
    /// ("emergency planning" → "noodplanning").</summary>
    public List<(int Vacancy, string Word, string Term, double Weight, bool IsName)> Compounds { get; }

    /// <summary>(vacancy, term) of the kind that opens an employer's name beside a proper name ("stad" of "Stad X"): it names the
    /// employer, but not well enough to add that vacancy beside one named by a proper name.</summary>
    public HashSet<(int Vacancy, string Term)> KindTerms { get; }

    /// <summary>Per vacancy (by index): the folded words of its id, title, employer, place and scale as written, stop words included.</summary>
    public HashSet<string>[] Typed { get; }

    public VacancyCompounds Splitter { get; }

    /// <summary>Folded place and employer-name words (no generic words such as "stad").</summary>
    public HashSet<string> Places { get; }

    private static IEnumerable<string> Words(string? text, HashSet<string> stop)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.IsWord && t.Folded.Length >= 3 && !stop.Contains(t.Folded) && !t.Folded.EndsWith('\''))
            {
                yield return t.Folded;
            }
        }
    }

    private static void Add(Dictionary<string, double> terms, string term, double weight)
    {
        if (term.Length >= 3 && (!terms.TryGetValue(term, out var w) || w < weight))
        {
            terms[term] = weight;
        }
    }

    /// <summary>A word of the post's terms: "tijdelijke", "vervanging", "voltijds", "contractueel", "vacature", "werfreserve".</summary>
    [GeneratedRegex(@"^(?:tijdelijke?|vervanging|vervangingscontract|voltijdse?|deeltijdse?|halftijdse?|contractuele?|contractueel|statutaire?|vaste?|onbepaalde|bepaalde|duur|vacature|vacatures|werfreserve|wervingsreserve|aanwerving|oproep)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostTerm();
}
