using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>What every rule set shares while extracting one vacancy: the lines, resolved dates per line, and the notes.</summary>
public sealed class ExtractionContext
{
    private readonly Dictionary<int, IReadOnlyList<DateMention>> _datesByLine = [];

    public ExtractionContext(DocumentView view, DateOnly today)
    {
        View = view;
        var all = new List<(TextLine Line, DateMention Mention)>();
        foreach (var line in view.Lines)
        {
            if (!line.Text.Any(char.IsDigit))
            {
                continue;
            }

            var found = DutchDates.Find(line.Text);
            if (found.Count == 0 && DutchDates.MentionsMonth(line.Text))
            {
                found = RecognizerDates.Find(line.Text);
            }

            all.AddRange(found.Select(m => (line, m)));
        }

        var byLine = all.ToLookup(a => a.Line.Index, a => a.Mention);
        var published = PublicationRules.FindWritten(view.Lines, line => byLine[line.Index].ToList());
        var resolved = YearResolver.Resolve(all.Select(a => a.Mention).ToList(), today, published);
        UsesToday = all.Count > 0 && all.All(a => a.Mention.Year is null);
        for (var i = 0; i < all.Count; i++)
        {
            var key = all[i].Line.Index;
            if (!_datesByLine.TryGetValue(key, out var list))
            {
                list = new List<DateMention>();
                _datesByLine[key] = list;
            }

            ((List<DateMention>)list).Add(resolved[i]);
        }
    }

    public DocumentView View { get; }

    /// <summary>
    /// True when the dates were resolved against today (the documents give no year anywhere), so the facts may differ
    /// on another day; a cache keeps such facts for the day they were read only.
    /// </summary>
    public bool UsesToday { get; }
    public List<ExtractionNote> Notes { get; } = [];

    /// <summary>The resolved dates on a line, in order.</summary>
    public IReadOnlyList<DateMention> DatesOn(TextLine line) => _datesByLine.GetValueOrDefault(line.Index) ?? [];

    /// <summary>All resolved dates with their lines.</summary>
    public IEnumerable<(TextLine Line, DateMention Date)> AllDates() =>
        View.Lines.SelectMany(l => DatesOn(l).Select(d => (l, d)));

    public void Note(string severity, string field, string message, Citation? citation = null) =>
        Notes.Add(new ExtractionNote(severity, field, message, citation));
}
