using System.Globalization;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Documents;

namespace Assistant.Dialogs.Staff;

/// <summary>
/// The sentence of a vacancy's public documents that gives a date ("… in de week van 15 december 2025."), so a step's
/// date is quoted from where it is written rather than from the line that names the step.
/// </summary>
internal static class DateQuotes
{
    private const int MaxQuote = 320;
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>The best sentence with <paramref name="date"/>: one that also names the step, else the first; null when none.</summary>
    public static AnswerCitation? Find(Vacancy vacancy, DateOnly date, string stepName)
    {
        var forms = Forms(date);
        var stepWords = TextFold.Words(stepName).Where(w => w.Length >= 5).ToList();
        AnswerCitation? first = null;
        foreach (var document in vacancy.Documents.Where(d => d.Audience == Audience.Public))
        {
            foreach (var form in forms)
            {
                for (var at = document.Text.IndexOf(form, StringComparison.OrdinalIgnoreCase); at >= 0; at = document.Text.IndexOf(form, at + form.Length, StringComparison.OrdinalIgnoreCase))
                {
                    if (at > 0 && char.IsDigit(document.Text[at - 1]))
                    {
                        continue;
                    }

                    var citation = Sentence(vacancy.Id, document, at);
                    if (stepWords.Count == 0 || TextFold.Words(citation.Quote).Any(w => stepWords.Any(s => w.StartsWith(s[..5], StringComparison.Ordinal))))
                    {
                        return citation;
                    }

                    first ??= citation;
                }
            }
        }

        return first;
    }

    private static string[] Forms(DateOnly date) =>
    [
        date.ToString("d MMMM yyyy", Dutch),
        date.ToString("d/MM/yyyy", CultureInfo.InvariantCulture),
        date.ToString("d/M/yyyy", CultureInfo.InvariantCulture),
        date.ToString("d.MM.yyyy", CultureInfo.InvariantCulture),
        date.ToString("d MMMM", Dutch),
    ];

    private static AnswerCitation Sentence(string vacancyId, ParsedDocument document, int at)
    {
        var text = document.Text;
        var start = at;
        while (start > 0 && text[start - 1] != '\n' && !(start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '!' or '?') && at - start < MaxQuote / 2)
        {
            start--;
        }

        var end = at;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))) && end - start < MaxQuote)
        {
            end++;
        }

        end = Math.Min(text.Length, end < text.Length && text[end] != '\n' ? end + 1 : end);
        return new AnswerCitation(vacancyId, document.FileName, document.SectionAt(at)?.Title ?? "", text[start..end].Trim());
    }
}
