using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Scoring;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// "Wat moet je doen voor de zwemtest?", "what's the physical test exactly, how fast do I need to be?", "en quoi consiste
/// l'épreuve sportive ?": a question about what one named step asks is answered with that step's passage as written — its
/// sentence and the list that follows it (distances, times, exercises) — rather than the list of all steps, which keeps only
/// names, points and dates. Null when the question names no single step or asks something else.
/// </summary>
public static partial class StepDetail
{
    private const int MaxQuote = 700;

    /// <summary>The step's passage, or null.</summary>
    public static Answer? Compose(TurnContext t, VacancyFacts v)
    {
        if (!AsksContent().IsMatch(t.Analysis.FoldedText) || Step(t, v) is not { } step || Passage(t, v, step) is not { } passage)
        {
            return null;
        }

        var lang = t.Language;
        var text = Texts.Get(lang, "num21.proc.stepDetail", ("step", DocumentText.Quote(lang, step.Name)), ("vacancy", Format.Vacancy(lang, v)),
            ("quote", DocumentText.Quote(lang, passage.Quote)));
        return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, text, [v.Id], [passage], null);
    }

    /// <summary>The one step the question names: by its kind of test in any language, or by a word of its Dutch name.</summary>
    private static SelectionStep? Step(TurnContext t, VacancyFacts v)
    {
        var steps = v.SelectionSteps.Where(s => s.Kind != "group").ToList();
        var asked = StepConcepts.Of(t.Text);
        var byConcept = asked.Count == 0 ? [] : steps.Where(s => StepConcepts.Of(s).Overlaps(asked)).ToList();
        if (byConcept.Count == 1)
        {
            return byConcept[0];
        }

        // A Dutch compound of the question ("zwemtest", "sportproef") inside the step's name.
        var named = StepSentences.Named(t.Analysis.Words);
        var byName = steps.Where(s => named.Any(n => TextFold.Fold(s.Name).Contains(n, StringComparison.Ordinal))).ToList();
        if (byName.Count == 1)
        {
            return byName[0];
        }

        return null;
    }

    /// <summary>
    /// The step's sentence with the list that follows it in the document (its items start on the next lines with a bullet),
    /// when that says more than the step's name; null otherwise.
    /// </summary>
    private static Citation? Passage(TurnContext t, VacancyFacts v, SelectionStep step)
    {
        var cite = step.Citation;
        if (t.Knowledge.Find(v.Id)?.Documents.FirstOrDefault(d => d.FileName == cite.Document && (t.Channel == Channels.Teams || d.Audience == Audience.Public)) is not { } doc)
        {
            return null;
        }

        var start = cite.Start is >= 0 && cite.Start < doc.Text.Length ? cite.Start : doc.Text.IndexOf(cite.Quote, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var own = WithItems(doc.Text, start, Math.Min(doc.Text.Length, Math.Max(cite.End, start + cite.Quote.Length)));
        var parts = new List<(int Start, int End)> { own };
        // The step's date line often says nothing of what it asks; the sentence elsewhere that names it with a distance, a
        // time or a count ("De sportproef bestaat uit …:" and its list, "Fysieke proef: … in maximaal 4 minuten 30") does.
        for (var at = doc.Text.IndexOf(step.Name, StringComparison.OrdinalIgnoreCase); at >= 0 && parts.Count < 3;
             at = doc.Text.IndexOf(step.Name, at + step.Name.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (parts.Any(p => at >= p.Start && at < p.End))
            {
                continue;
            }

            var sentenceStart = SentenceStart(doc.Text, at);
            var sentenceEnd = SentenceEnd(doc.Text, at);
            var other = WithItems(doc.Text, sentenceStart, sentenceEnd);
            if (Measure().IsMatch(doc.Text[other.Start..other.End]) && parts.Sum(p => p.End - p.Start) + other.End - other.Start <= MaxQuote)
            {
                parts.Add(other);
            }
        }

        var quote = string.Join(" … ", parts.Select(p => Space().Replace(doc.Text[p.Start..p.End], " ").Trim()));
        var (first, last) = (parts.Min(p => p.Start), parts.Max(p => p.End));
        return quote.Length < step.Name.Length + 20 || !quote.Any(char.IsAsciiDigit) && quote.Length < 60 ? null
            : new Citation(v.Id, doc.FileName, doc.SectionAt(own.Start)?.Title ?? cite.Section, quote, first, last);
    }

    /// <summary>A sentence to the end of its line, with the items right under it ("- 400 meter zwemmen in maximaal 8 minuten;").</summary>
    private static (int Start, int End) WithItems(string text, int start, int end)
    {
        end = text.IndexOf('\n', end) is var lineEnd and >= 0 ? lineEnd : text.Length;
        while (end < text.Length && text[end] == '\n' && end + 1 < text.Length && Bullet().IsMatch(text.AsSpan(end + 1, Math.Min(4, text.Length - end - 1)).ToString()))
        {
            var next = text.IndexOf('\n', end + 1) is var n and >= 0 ? n : text.Length;
            if (next - start > MaxQuote)
            {
                break;
            }

            end = next;
        }

        return (start, end);
    }

    private static int SentenceStart(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var stop = text.LastIndexOf(". ", at, at - lineStart, StringComparison.Ordinal);
        return stop >= lineStart ? stop + 2 : lineStart;
    }

    private static int SentenceEnd(string text, int at)
    {
        var lineEnd = text.IndexOf('\n', at) is var n and >= 0 ? n : text.Length;
        var stop = text.IndexOf(". ", at, lineEnd - at, StringComparison.Ordinal);
        return stop >= 0 ? stop + 1 : lineEnd;
    }

    /// <summary>Folded nl/en/fr forms of "what does it consist of, what must I do, how fast / how far".</summary>
    [GeneratedRegex(
        @"\bwat (moet|moeten|moet je|moet ik) .{0,30}\b(doen|kunnen|presteren|afleggen|zwemmen|lopen)\b|\bwat houdt .{0,40}\bin\b|\bhoe ziet .{0,30}\beruit\b"
        + @"|\bwaaruit bestaat\b|\bwat (is|zijn|omvat|bevat) .{0,30}\b(precies|juist|exact|allemaal)\b|\bwat (wordt|word) (er )?.{0,20}\b(gevraagd|getest|verwacht)\b|\bhoe (snel|ver|vlug)\b"
        + @"|\bwelke (onderdelen|oefeningen|proeven)\b.{0,30}\b(in|op|bij)\b"
        + @"|\bwhat (do|must|should) (i|you|we) (have to |need to )?do\b|\bwhat (is|does|s) .{0,30}\b(involve|consist|include|exactly|entail|like)\b|\bwhat s the \w+ (test|exam) exactly\b"
        + @"|\bhow (fast|far|quick|quickly)\b|\bwhat (exercises|events|parts)\b"
        + @"|\ben quoi consiste\b|\bque (faut il|dois je|doit on) faire\b|\bqu est ce qu (il faut|on doit) faire\b|\bquels? (exercices|epreuves) .{0,20}\b(comprend|contient)\b|\ba quelle vitesse\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksContent();

    /// <summary>A distance, a time or a count of repetitions: "200 m", "8 minuten", "4'30", "1 minuut 30", "20 opdrukkingen", "niveau 8".</summary>
    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s*(?:m|meter|km|kilometer|minuut|minuten|min|seconden|sec|uur|keer|maal|herhalingen|opdrukkingen|push-?ups|sit-?ups|kg)\b|\d+\s*['’]\s*\d+|\bniveau\s+\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Measure();

    [GeneratedRegex(@"^\s*(?:[-*•·▪–]|\d+[.)]\s)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
