using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The lines of all documents of one vacancy, each with its section and topic, plus helpers to cite them.
/// Headings are lines too (their <see cref="TextLine.Section"/> is the section they open).
/// </summary>
public sealed partial class DocumentView
{
    public DocumentView(string vacancyId, IReadOnlyList<ParsedDocument> documents)
    {
        VacancyId = vacancyId;
        Documents = documents;
        var lines = new List<TextLine>();
        foreach (var document in documents)
        {
            var topics = SectionTopics(document.Sections);
            var start = 0;
            Section? relabelled = null;
            var text = document.Text;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != '\n')
                {
                    continue;
                }

                if (i > start)
                {
                    var opened = OpenedSection(document, start, i);
                    var section = opened ?? document.SectionAt(start);
                    var topic = section is null ? Topic.Intro : topics[section];
                    // "Selectieprocedure / Procédure de sélection 1. Screening …" as a line inside the conditions (a heading the
                    // layout ran into its text): that line and the rest of its section are the selection's.
                    if (opened is null && section is not null && topic != Topic.Selection && InlineSelectionLabel().IsMatch(text[start..i]))
                    {
                        relabelled = section;
                    }

                    if (relabelled is not null && ReferenceEquals(section, relabelled) && opened is null)
                    {
                        topic = Topic.Selection;
                    }

                    lines.Add(new TextLine(document, lines.Count, start, i, text[start..i], section, topic) { IsHeading = opened is not null });
                }

                start = i + 1;
            }
        }

        Lines = lines;
    }

    public string VacancyId { get; }
    public IReadOnlyList<ParsedDocument> Documents { get; }
    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>Lines whose topic is one of <paramref name="topics"/>.</summary>
    public IEnumerable<TextLine> InTopics(params Topic[] topics) => Lines.Where(l => topics.Contains(l.Topic));

    /// <summary>A citation for a whole line.</summary>
    public Citation Cite(TextLine line) => Cite(line, 0, line.Text.Length);

    /// <summary>A citation for the sentence of <paramref name="line"/> around [from, to), so quotes stay short.</summary>
    public Citation CiteSentence(TextLine line, int from, int to)
    {
        var (s, e) = SentenceBounds(line.Text, from, to);
        return Cite(line, s, e);
    }

    /// <summary>A citation for part of a line.</summary>
    public Citation Cite(TextLine line, int from, int to)
    {
        var quote = line.Text[from..to].Trim();
        var lead = line.Text[from..to].Length - line.Text[from..to].TrimStart().Length;
        if (quote.StartsWith("- ", StringComparison.Ordinal))
        {
            quote = quote[2..];
            lead += 2;
        }

        return new Citation(VacancyId, line.Document.FileName, line.SectionTitle, quote, line.Start + from + lead, line.Start + from + lead + quote.Length);
    }

    /// <summary>The sentence bounds around a span inside a line ('.', '!', '?' followed by a space and a capital end a sentence).</summary>
    public static (int Start, int End) SentenceBounds(string text, int from, int to)
    {
        var start = 0;
        foreach (Match m in SentenceBreak().Matches(text))
        {
            var boundary = m.Index + 1;
            if (boundary <= from)
            {
                start = boundary;
            }
            else if (boundary >= to)
            {
                return (start, boundary);
            }
        }

        return (start, text.Length);
    }

    /// <summary>Sentences of a line with their offsets in the line.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        foreach (Match m in SentenceBreak().Matches(text))
        {
            yield return (start, m.Index + 1);
            start = m.Index + 1;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    /// <summary>The section a heading line opens: the next section starts right after it and carries its text as title.</summary>
    private static Section? OpenedSection(ParsedDocument document, int start, int end)
    {
        foreach (var section in document.Sections)
        {
            if (section.Start < end || section.Title.Length == 0)
            {
                continue;
            }

            var between = document.Text[end..section.Start];
            var line = document.Text[start..end].Trim().TrimEnd(':').Trim();
            return string.IsNullOrWhiteSpace(between) && line == section.Title ? section : null;
        }

        return null;
    }

    private static Dictionary<Section, Topic> SectionTopics(IReadOnlyList<Section> sections)
    {
        var result = new Dictionary<Section, Topic>(ReferenceEqualityComparer.Instance);
        var previous = Topic.Intro;
        foreach (var section in sections)
        {
            var topic = TopicRules.OfHeading(section.Title);
            if (topic == Topic.Unknown)
            {
                topic = previous;
            }

            result[section] = topic;
            previous = topic;
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?:selectieprocedure|selectie|verloop van de selectie|selectieproeven)(?:\s*/\s*[\p{L}' ]{3,40}?)?\s*(?::\s*$|:?\s*(?=1[.)]\s*\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex InlineSelectionLabel();

    [GeneratedRegex(@"(?<=[^\s.]{2}|\))[.!?](?=\s+[\p{Lu}(„“""'‘-])")]
    private static partial Regex SentenceBreak();
}
