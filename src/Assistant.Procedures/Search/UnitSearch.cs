using System.Collections.Concurrent;
using Assistant.Procedures.Library;
using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Search;

/// <summary>
/// Ranks the units of general documents for a question: stems and concepts of the question against those of each unit
/// (its text first, then its context: section, chapter, list introduction, table header, document title), weighted by
/// how rare they are. <see cref="SearchHit.Coverage"/> says how much of the question a unit answers.
/// </summary>
public sealed class UnitSearch
{
    private const double ContextWeight = 0.5;
    private const double PartWeight = 0.8;
    private static readonly string[] Particles = ["samen", "klaar", "op", "aan", "uit", "mee", "voor", "af", "in", "terug", "door", "na", "toe", "bij", "vast", "goed", "over"];
    private readonly List<Indexed> _units;
    private readonly ConcurrentDictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private readonly ProcedureAudience? _preferred;

    /// <param name="units">The units to search.</param>
    /// <param name="preferred">The audience whose documents win a tie (the reader's own: HR's regulations before the phone-line guide).</param>
    public UnitSearch(IEnumerable<ProcedureUnit> units, ProcedureAudience? preferred = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        _preferred = preferred;
        _units = units.Select(u => new Indexed(u, Features(Main(u)), Features(Context(u)), Features(u.Section))).ToList();
        foreach (var u in _units)
        {
            _vocabulary.UnionWith(u.Main);
            _vocabulary.UnionWith(u.Context);
        }
    }

    /// <summary>The features of a text: its stems and its concepts ("#committee").</summary>
    public static HashSet<string> Features(string text)
    {
        var words = TermText.Words(text);
        var set = new HashSet<string>(TermText.Stems(text), StringComparer.Ordinal);
        set.UnionWith(Concepts.Of(TermText.Fold(text), words));
        return set;
    }

    /// <summary>
    /// The features of a question: the concepts, and the stems of the words that belong to no concept (a concept already
    /// stands for its words, in any of the three languages).
    /// </summary>
    public static HashSet<string> QueryFeatures(string question)
    {
        var set = new HashSet<string>(Concepts.Of(TermText.Fold(question), TermText.Words(question)), StringComparer.Ordinal);
        foreach (var word in TermText.Words(question).Where(TermText.IsContent))
        {
            if (!Concepts.Of(word, [word]).Any())
            {
                set.Add(TermText.Stem(word));
            }
        }

        if (WhoQuestion(question))
        {
            set.Add("#person");
        }

        set.RemoveWhere(f => f.Length < 2);
        return set;
    }

    /// <summary>Whether the folded word (stemmed) stands in the searched units.</summary>
    public bool Knows(string foldedWord) => _vocabulary.Contains(TermText.Stem(foldedWord ?? ""));

    /// <summary>
    /// The best units for <paramref name="question"/>, best first. Stems the documents never use count against coverage
    /// only in Dutch (an English or French word is matched through its concept instead). <paramref name="preferLists"/>
    /// favours steps and items (true, a "which steps" question) or paragraphs (false).
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string question, string language, int top = 8, bool? preferLists = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var features = QueryFeatures(question);
        var predicates = new HashSet<string>(StringComparer.Ordinal);
        if (language == "nl")
        {
            foreach (var (combined, parts) in Separable(question))
            {
                if (_vocabulary.Contains(combined) || Part(combined, _vocabulary))
                {
                    features.Add(combined);
                    features.ExceptWith(parts);
                    predicates.Add(combined);
                }
            }
        }
        else
        {
            features.RemoveWhere(f => f[0] != '#' && !_vocabulary.Contains(f) && !_vocabulary.Any(v => v[0] != '#' && v.Length > f.Length && f.Length >= 5 && v.Contains(f, StringComparison.Ordinal)));
        }

        if (features.Count == 0)
        {
            return [];
        }

        // A separable verb put back together is the question's predicate ("wat zet … klaar"): it counts double.
        var weights = features.ToDictionary(f => f, f => Idf(f) * (predicates.Contains(f) ? 2 : 1), StringComparer.Ordinal);
        var total = weights.Values.Sum();
        var hits = new List<SearchHit>();
        foreach (var u in _units)
        {
            double score = 0;
            var matched = new List<string>();
            foreach (var f in features)
            {
                var m = u.Main.Contains(f) ? 1.0 : Part(f, u.Main) ? PartWeight : u.Context.Contains(f) ? ContextWeight : Part(f, u.Context) ? ContextWeight * PartWeight : 0;
                if (m > 0)
                {
                    score += m * weights[f];
                    matched.Add(f);
                }
            }

            if (score <= 0)
            {
                continue;
            }

            var coverage = score / total;
            if (_preferred is { } preferred && u.Unit.Audience == preferred)
            {
                score *= 1.05;
            }

            // The heading names what a unit is about; lists answer "how"/"which steps", paragraphs the rest.
            if (matched.Any(u.Heading.Contains))
            {
                score *= 1.05;
            }

            if (preferLists is { } lists && u.Unit.Kind is UnitKind.Step or UnitKind.Item)
            {
                score *= lists ? 1.1 : 0.9;
            }

            hits.Add(new SearchHit(u.Unit, score, coverage, matched));
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Unit.Index).Take(top).ToList();
    }

    /// <summary>The Dutch question stems the documents never use (topic words the documents lack).</summary>
    public IReadOnlyList<string> Unknown(string question) =>
        TermText.Stems(question).Where(s => !_vocabulary.Contains(s) && !_vocabulary.Any(v => v[0] != '#' && s.Length >= 5 && v.Contains(s, StringComparison.Ordinal))).ToList();

    private double Idf(string feature)
    {
        var df = _documentFrequency.GetOrAdd(feature, f => _units.Count(u => u.Main.Contains(f) || u.Context.Contains(f) || Part(f, u.Main)));
        var n = Math.Max(1, _units.Count);
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    /// <summary>A question stem of five letters or more that is part of a compound of the unit ("commissie" in "selectiecommissie").</summary>
    private static bool Part(string feature, HashSet<string> set) =>
        feature[0] != '#' && feature.Length >= 5 && set.Any(s => s[0] != '#' && s.Length > feature.Length && (s.EndsWith(feature, StringComparison.Ordinal) || s.StartsWith(feature, StringComparison.Ordinal)));

    private static bool WhoQuestion(string question)
    {
        var words = TermText.Words(question);
        return words.Count > 0 && (words[0] is "wie" or "who" or "qui" || words.Contains("whom"));
    }

    /// <summary>A step, item or table row is read with the heading, introduction and header of its list or table: they say what it is about.</summary>
    private static string Main(ProcedureUnit u) => u.Kind is UnitKind.Step or UnitKind.Item or UnitKind.TableRow
        ? string.Join(" ", new[] { u.Text, u.Section, u.ListIntro, u.TableHeader }.Where(s => !string.IsNullOrEmpty(s)))
        : u.Text;

    private static string Context(ProcedureUnit u) => u.Kind is UnitKind.Step or UnitKind.Item or UnitKind.TableRow
        ? string.Join(" ", new[] { u.Chapter, u.DocumentTitle }.Where(s => !string.IsNullOrEmpty(s)))
        : string.Join(" ", new[] { u.Section, u.Chapter, u.ListIntro, u.TableHeader, u.DocumentTitle }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>Dutch separable verbs put back together ("hoe stel ik … samen" → "samenstel", "wat zet … klaar" → "klaarzet") with the words they replace.</summary>
    private static IEnumerable<(string Combined, string[] Parts)> Separable(string question)
    {
        var words = TermText.Words(question);
        for (var i = 1; i < words.Count; i++)
        {
            if (Array.IndexOf(Particles, words[i]) < 0)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (words[j].Length >= 3 && !char.IsDigit(words[j][0]))
                {
                    yield return (TermText.Stem(words[i] + words[j]), [TermText.Stem(words[i]), TermText.Stem(words[j])]);
                }
            }
        }
    }

    private sealed record Indexed(ProcedureUnit Unit, HashSet<string> Main, HashSet<string> Context, HashSet<string> Heading);
}
