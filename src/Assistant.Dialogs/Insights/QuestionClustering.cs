using Assistant.Core.Conversations;
using Assistant.Core.Text;

namespace Assistant.Dialogs.Insights;

/// <summary>
/// Groups questions that share their main words, in any of our languages: each question becomes a set of word stems
/// (folded, without function words and the redaction tokens, cut to <see cref="StemLength"/> letters so "solliciteren" and
/// "sollicitatie" meet), and joins the first group whose stems it overlaps enough (Jaccard ≥ <see cref="Threshold"/>),
/// else starts a group. The label is the group's most frequent words.
/// </summary>
public static class QuestionClustering
{
    /// <summary>Letters of a word kept as its stem.</summary>
    public const int StemLength = 6;

    /// <summary>The least overlap of stems (shared / all) for a question to join a group.</summary>
    public const double Threshold = 0.25;

    /// <summary>
    /// The clusters of <paramref name="questions"/> (unanswered or 👎), the largest first; the words of
    /// <paramref name="names"/> (the vacancy's title, employer and id) do not count, since every question may name them.
    /// </summary>
    public static IReadOnlyList<QuestionCluster> Cluster(IReadOnlyList<InsightsBuilder.Question> questions, IEnumerable<string?>? names = null)
    {
        var ignored = (names ?? []).SelectMany(n => Stems(n ?? "")).ToHashSet(StringComparer.Ordinal);
        var groups = new List<Group>();
        foreach (var question in questions.OrderBy(q => q.At))
        {
            var stems = Stems(question.Text);
            stems.ExceptWith(ignored);
            var best = groups.Select(g => (Group: g, Score: Jaccard(stems, g.Stems))).Where(x => x.Score >= Threshold).OrderByDescending(x => x.Score).FirstOrDefault().Group;
            if (best is null)
            {
                best = new Group();
                groups.Add(best);
            }

            best.Add(question, stems);
        }

        return [.. groups.OrderByDescending(g => g.Questions.Count).ThenBy(g => g.Label, StringComparer.Ordinal).Select(g => g.ToCluster())];
    }

    /// <summary>The stems of a question's content words.</summary>
    public static HashSet<string> Stems(string text) =>
        TextFold.Words(text).Where(w => w.Length >= 3 && !StopWords.InsightsClustering.Contains(w) && !w.All(char.IsDigit))
            .Select(w => w.Length > StemLength ? w[..StemLength] : w).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private sealed class Group
    {
        private readonly Dictionary<string, int> _stemCounts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, int>> _words = new(StringComparer.Ordinal);

        public List<InsightsBuilder.Question> Questions { get; } = [];

        /// <summary>The stems more than half of the group's questions share (the first question's while it is alone).</summary>
        public HashSet<string> Stems { get; private set; } = [];

        public string Label => string.Join(" ", _stemCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(3)
            .Select(p => _words[p.Key].OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key));

        public void Add(InsightsBuilder.Question question, HashSet<string> stems)
        {
            Questions.Add(question);
            foreach (var word in TextFold.Words(question.Text).Where(w => w.Length >= 3 && !StopWords.InsightsClustering.Contains(w)))
            {
                var stem = word.Length > StemLength ? word[..StemLength] : word;
                if (!stems.Contains(stem))
                {
                    continue;
                }

                var words = _words.TryGetValue(stem, out var known) ? known : _words[stem] = new Dictionary<string, int>(StringComparer.Ordinal);
                words[word] = words.GetValueOrDefault(word) + 1;
            }

            foreach (var stem in stems)
            {
                _stemCounts[stem] = _stemCounts.GetValueOrDefault(stem) + 1;
            }

            Stems = _stemCounts.Where(p => p.Value * 2 > Questions.Count).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        }

        public QuestionCluster ToCluster() => new(
            Label,
            Questions.Count,
            Questions.Count(q => q.Unanswered),
            Questions.Count(q => q.Vote == FeedbackVotes.Down),
            [.. Questions.GroupBy(q => q.Intent).OrderByDescending(g => g.Count()).Select(g => g.Key)],
            [.. Questions.Select(q => q.Text.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(InsightsBuilder.ExamplesPerCluster)]);
    }
}
