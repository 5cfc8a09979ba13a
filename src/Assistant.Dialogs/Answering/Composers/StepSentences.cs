using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// The sentences of a vacancy's documents that speak of a selection step the rules did not list: a test described in
/// prose ("een korte proefles op woensdag …"), a test under the requirements ("… slaagt voor een capaciteitstest. De test
/// vindt plaats op …"), a selection told as a story ("je wordt uitgenodigd voor een gesprek, waarna je een halve dag
/// meeloopt"). A fallback for when the extracted steps cannot answer, quoted as written.
/// </summary>
internal static partial class StepSentences
{
    private const int MaxQuote = 400;

    /// <summary>
    /// The sentence that names one of <paramref name="names"/> (folded Dutch words or stems, matched inside compounds) and
    /// gives a date, in itself or in the sentence right after it ("… een capaciteitstest. De test vindt plaats op …"); null when none.
    /// </summary>
    public static Citation? Dated(TurnContext t, VacancyFacts v, IReadOnlyCollection<string> names)
    {
        if (names.Count == 0)
        {
            return null;
        }

        foreach (var (doc, sentences) in Documents(t, v))
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                var (start, end) = sentences[i];
                if (!Names(TextFold.Fold(doc.Text[start..end]), names))
                {
                    continue;
                }

                if (DutchDates.Find(doc.Text[start..end]).Count > 0)
                {
                    return Cite(v, doc, start, end);
                }

                if (i + 1 < sentences.Count && sentences[i + 1].Start - end < 4 && DutchDates.Find(doc.Text[sentences[i + 1].Start..sentences[i + 1].End]).Count > 0)
                {
                    return Cite(v, doc, start, sentences[i + 1].End);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The sentences of the section about the application or the selection ("Sollicitatie", "Hoe verloopt de selectie?",
    /// "Wat volgt") that name a step (a test, an interview, a trial day), at most three; empty when there is no such section.
    /// </summary>
    public static IReadOnlyList<Citation> Told(TurnContext t, VacancyFacts v)
    {
        var found = new List<Citation>();
        foreach (var (doc, sentences) in Documents(t, v))
        {
            foreach (var (start, end) in sentences)
            {
                var section = doc.SectionAt(start)?.Title ?? "";
                if (SelectionHeading().IsMatch(TextFold.Fold(section)) && StepWord().IsMatch(TextFold.Fold(doc.Text[start..end])))
                {
                    found.Add(Cite(v, doc, start, end));
                }
            }
        }

        return found.DistinctBy(c => c.Quote).Take(3).ToList();
    }

    /// <summary>
    /// The sentences of the vacancy's documents (public ones on a public channel) that <paramref name="keep"/> accepts, in
    /// document order, at most <paramref name="max"/>; a long sentence (a block of hard-wrapped lines with no full stop) is
    /// narrowed to its lines that <paramref name="keep"/> accepts, so the quote is the document's line, not the block.
    /// </summary>
    public static IReadOnlyList<Citation> Matching(TurnContext t, VacancyFacts v, Func<string, bool> keep, int max)
    {
        var found = new List<Citation>();
        foreach (var (doc, sentences) in Documents(t, v))
        {
            foreach (var (start, end) in sentences)
            {
                if (!keep(doc.Text[start..end]))
                {
                    continue;
                }

                if (end - start <= 240)
                {
                    found.Add(Cite(v, doc, start, end));
                    continue;
                }

                var lineStart = start;
                while (lineStart < end)
                {
                    var lineEnd = doc.Text.IndexOf('\n', lineStart, end - lineStart) is var nl and >= 0 ? nl : end;
                    if (lineEnd - lineStart >= 8 && keep(doc.Text[lineStart..lineEnd]))
                    {
                        found.Add(Cite(v, doc, lineStart, lineEnd));
                    }

                    lineStart = lineEnd + 1;
                }
            }
        }

        return found.DistinctBy(c => c.Quote).Take(max).ToList();
    }

    /// <summary>The Dutch words for the steps of one kind (<c>SelectionStep.Kind</c>) a document may use, for a question in any language.</summary>
    public static IReadOnlyList<string> KindWords(string? kind) => kind switch
    {
        "capacity-test" => ["capaciteit", "redeneer", "psychotechn"],
        "language-test" => ["taaltest", "taalproef", "taalexamen"],
        "assessment" => ["assessment"],
        "assignment" => ["opdracht", "casus"],
        "oral" => ["mondeling"],
        "written" => ["schriftelijk"],
        "interview" => ["gesprek", "interview"],
        _ => [],
    };

    /// <summary>The words of a Dutch question that name a step by a compound or a specific noun ("zwemproef", "proefles", "capaciteitstest").</summary>
    public static IReadOnlyList<string> Named(IReadOnlyList<string> words) =>
        words.Where(w => w.Length >= 7 && NamedStep().IsMatch(w) && !w.StartsWith("selectie", StringComparison.Ordinal)).Distinct().ToList();

    private static bool Names(string folded, IReadOnlyCollection<string> names) =>
        names.Any(n => folded.Contains(n, StringComparison.Ordinal));

    private static IEnumerable<(ParsedDocument Doc, List<(int Start, int End)> Sentences)> Documents(TurnContext t, VacancyFacts v)
    {
        if (t.Knowledge.Find(v.Id) is not { } vacancy)
        {
            yield break;
        }

        foreach (var doc in vacancy.Documents.Where(d => t.Channel == Channels.Teams || d.Audience == Audience.Public))
        {
            yield return (doc, Sentences(doc.Text));
        }
    }

    /// <summary>
    /// The sentences of a text: a full stop, question or exclamation mark before a capital ends one, and so does a blank
    /// line, a bullet or a numbered item; a single line break inside a paragraph (a hard-wrapped text file) does not.
    /// </summary>
    internal static List<(int Start, int End)> Sentences(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        foreach (Match m in Break().Matches(text))
        {
            var end = m.Index + (m.Value.Length > 0 && m.Value[0] is '.' or '!' or '?' ? 1 : 0);
            Add(text, start, end, result);
            start = m.Index + m.Length;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    private static void Add(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start >= 8)
        {
            result.Add((start, end));
        }
    }

    private static Citation Cite(VacancyFacts v, ParsedDocument doc, int start, int end)
    {
        end = Math.Min(end, start + MaxQuote);
        // A heading's underline or a bullet before the sentence is no part of what the document says.
        var lead = Lead().Match(doc.Text, start, end - start);
        start = lead.Success ? lead.Index + lead.Length : start;
        var quote = WhiteSpace().Replace(doc.Text[start..end], " ").Trim();
        return new Citation(v.Id, doc.FileName, doc.SectionAt(start)?.Title ?? "", quote, start, end);
    }

    [GeneratedRegex(@"[.!?](?=\s+[\p{Lu}\d(“""'])|[.!?]?\s*\n\s*\n\s*|\s*\n\s*(?=[-*•·▪–]|\d+[.)]\s|\p{Ll}\)\s)")]
    private static partial Regex Break();

    [GeneratedRegex(@"\G[\s\-–—*•·▪=_#>]+")]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(proef|proeven|proefles|les|test|testen|examen|gesprek|assessment|interview|opdracht)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedStep();

    [GeneratedRegex(@"selectie|sollicit|procedure|verloop|wat volgt|hoe (ga|gaat|verloopt)|aanwerving|na je kandidatuur|na je sollicitatie|wat na", RegexOptions.CultureInvariant)]
    private static partial Regex SelectionHeading();

    /// <summary>
    /// A word that names a selection step (a test, an interview, an assignment, a trial day), in a folded or a written text; "test"
    /// never inside "attest". One definition for the step sentences and the deadline answers' step clauses.
    /// </summary>
    [GeneratedRegex(@"proef|(?<!at)test|examen|gesprek|interview|assessment|opdracht|\bcase\b|selectiedag|meeloop|meelopen|kennismaking|screening|preselectie", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex StepWord();
}
