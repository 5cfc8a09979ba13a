using System.Runtime.CompilerServices;
using Assistant.Core.Text;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Staff;

/// <summary>
/// The words that name each vacancy (id, title, employer, place, scale), built once per knowledge snapshot, so a query
/// typed letter by letter ("hare", "harelbeke comm") finds its vacancies by word prefix.
/// </summary>
internal sealed class VacancyCatalog
{
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, VacancyCatalog> Catalogs = [];
    private readonly List<(Vacancy Vacancy, HashSet<string> Words)> _entries;

    private VacancyCatalog(KnowledgeSnapshot snapshot) =>
        _entries = [.. snapshot.Vacancies.Select(v => (v, new HashSet<string>(
            new[] { v.Id.Replace('-', ' '), v.Facts.Title, v.Facts.Organisation, v.Facts.Location, v.Facts.Scale }.SelectMany(TextFold.Words),
            StringComparer.Ordinal)))];

    /// <summary>The catalog of <paramref name="snapshot"/> (built on first use).</summary>
    public static VacancyCatalog For(KnowledgeSnapshot snapshot) => Catalogs.GetValue(snapshot, s => new VacancyCatalog(s));

    /// <summary>
    /// A score per vacancy whose naming words match words of the query: an exact word counts more than a prefix, and a
    /// word that matches many vacancies ("stad") counts less than one that picks out a few ("harelbeke").
    /// </summary>
    public Dictionary<string, double> Score(string query)
    {
        var scores = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in TextFold.Words(query).Distinct(StringComparer.Ordinal))
        {
            if (word.Length < 3 && !word.Any(char.IsDigit))
            {
                continue;
            }

            var matches = new List<(string Id, double Weight)>();
            foreach (var (vacancy, words) in _entries)
            {
                if (words.Contains(word))
                {
                    matches.Add((vacancy.Id, 1.0));
                }
                else if (word.Length >= 3 && words.Any(w => w.StartsWith(word, StringComparison.Ordinal)))
                {
                    matches.Add((vacancy.Id, 0.7));
                }
            }

            var rarity = Math.Log(1 + ((double)_entries.Count / Math.Max(1, matches.Count)));
            foreach (var (id, weight) in matches)
            {
                scores[id] = scores.GetValueOrDefault(id) + (weight * rarity);
            }
        }

        return scores;
    }
}
