using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Sentences of the selection sections that the list of steps leaves out: one naming a test the rules read no step for
/// ("Bij meer dan 20 kandidaturen organiseren we eerst een online preselectietest"), or one that makes a step depend on
/// the number of candidates ("alleen als er meer dan 25 kandidaten zijn"). Read once per document, with the extracted
/// steps, so that an answer never reads the documents again.
/// </summary>
public static partial class SelectionRemarkRules
{
    /// <summary>The remarks of every document, in document order, each sentence once per document.</summary>
    public static IReadOnlyList<Citation> Find(DocumentView view, IReadOnlyList<SelectionStep> steps)
    {
        var names = steps.Select(s => s.Name.ToLowerInvariant()).ToList();
        var found = new List<Citation>();
        foreach (var doc in view.Documents)
        {
            var ofDocument = new List<Citation>();
            foreach (var section in doc.Sections.Where(s => TopicRules.OfHeading(s.Title) == Topic.Selection))
            {
                var body = doc.Text[Math.Min(section.Start, doc.Text.Length)..Math.Min(section.End, doc.Text.Length)];
                foreach (var (s, e) in DocumentView.Sentences(body))
                {
                    var sentence = body[s..e].Trim().TrimStart('-', '•', ' ');
                    if (sentence.Length is < 15 or > 300 || ofDocument.Any(f => f.Quote == sentence))
                    {
                        continue;
                    }

                    var newTest = StepWord().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).Where(w => !GenericStepWords.Contains(w))
                        .Any(w => !names.Any(n => n.Contains(w, StringComparison.Ordinal) || w.Contains(n.Split(' ')[0], StringComparison.Ordinal)));
                    if (newTest || CandidateCount().IsMatch(sentence))
                    {
                        ofDocument.Add(new Citation(view.VacancyId, doc.FileName, section.Title, sentence, section.Start + s, section.Start + e));
                    }
                }
            }

            found.AddRange(ofDocument);
        }

        return found;
    }

    // Words for any step of the procedure: they name no step of their own.
    private static readonly HashSet<string> GenericStepWords = new(StringComparer.Ordinal)
    {
        "test", "testen", "tests", "proef", "proeven", "examen", "examens", "selectieproef", "selectieproeven", "selectietest",
        "selectietesten", "selectie-examen",
    };

    // A word for a test or an interview, a Dutch compound included ("preselectietest", "typproef", "groepsgesprek").
    [GeneratedRegex(@"\b\p{L}*(?:test|testen|proef|proeven|examen|assessment|screening|interview)\b(?<!\b(?:at|pro|ge)test)", RegexOptions.IgnoreCase)]
    private static partial Regex StepWord();

    // A step that depends on how many apply: "als we meer dan 20 kandidaturen ontvangen", "alleen bij meer dan 25 kandidaten".
    [GeneratedRegex(@"\b(?:meer|minder)\s+dan\s+\d+\s+(?:\p{L}+\s+)?(?:kandidat\w*|kandidaturen|sollicit\w*|deelnemers|inschrijvingen)|\b\d+\s+of\s+(?:meer|minder)\s+(?:kandidat\w*|kandidaturen|sollicit\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex CandidateCount();
}
