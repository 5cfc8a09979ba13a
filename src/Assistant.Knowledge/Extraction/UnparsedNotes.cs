using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// "unparsed" notes: lines that speak of a deadline, a date, a time, a scale, a salary or a part-time regime but from
/// which no fact could be read, so that <c>lint</c> shows what a rule should learn (or what <c>facts.yaml</c> should fix).
/// </summary>
public static partial class UnparsedNotes
{
    private const int MaxQuote = 120;

    /// <summary>The notes for one vacancy's extracted facts.</summary>
    public static IEnumerable<ExtractionNote> Collect(VacancyFacts facts, ExtractionContext ctx)
    {
        var view = ctx.View;
        foreach (var line in view.Lines)
        {
            var dates = ctx.DatesOn(line);
            foreach (Match m in DateLike().Matches(line.Text))
            {
                if (!dates.Any(d => d.Start <= m.Index && m.Index < d.End))
                {
                    yield return Note("date", $"'{m.Value}' looks like a date but is not a valid one", view, line);
                }
            }
        }

        if (facts.ApplicationDeadline is null && !facts.ContinuousRecruitment)
        {
            foreach (var line in view.Lines.Where(l => DeadlineWords().IsMatch(l.Text) && ctx.DatesOn(l).Count == 0))
            {
                yield return Note("applicationDeadline", "speaks of the application deadline but no date could be read", view, line);
            }
        }
        else if (facts.ApplicationDeadline is { Time: null } deadline && TimeWords().IsMatch(deadline.Citation.Quote))
        {
            yield return new ExtractionNote("unparsed", "applicationDeadline.time", $"the deadline sentence seems to give a time that could not be read: '{Short(deadline.Citation.Quote)}'", deadline.Citation);
        }

        if (facts.Scale is null && view.Lines.FirstOrDefault(l => ScaleWords().IsMatch(l.Text)) is { } scaleLine)
        {
            yield return Note("scale", "names a salary scale that could not be read", view, scaleLine);
        }

        if (facts.Salary is null && view.Lines.FirstOrDefault(l => (l.Topic is Topic.Salary || SalaryWords().IsMatch(l.Text)) && AmountLike().IsMatch(l.Text)) is { } salaryLine)
        {
            yield return Note("salary", "holds what looks like a salary amount that could not be read", view, salaryLine);
        }

        if (facts.Regime?.Fraction is null && view.Lines.FirstOrDefault(l => PartTimeWords().IsMatch(l.Text)) is { } partLine)
        {
            yield return Note("regime.fraction", "speaks of part-time work but no fraction could be read", view, partLine);
        }
    }

    private static ExtractionNote Note(string field, string what, DocumentView view, TextLine line) =>
        new("unparsed", field, $"{what}: '{Short(line.Text)}'", view.Cite(line));

    private static string Short(string text) => text.Length <= MaxQuote ? text : text[..MaxQuote] + "…";

    [GeneratedRegex(@"(?<![\d.,/-])\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d/-]|[.,]\d)|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"uiterste\s+(?:inschrijvings|sollicitatie|kandidatuur)?datum|solliciteren kan (?:tot|t\.e\.m\.|uiterlijk)|(?:solliciteer|reageer|kandideer|kandidaturen|kandidatuur|sollicitaties?|inschrijvingen)\b.{0,60}\b(?:ten laatste|uiterlijk|tot en met|vóór)|\bdeadline\b|sluitingsdatum|afsluiting van de (?:inschrijvingen|kandidaturen)", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWords();

    [GeneratedRegex(@"\b\d{1,2}\s*(?:u|uur|h)\b|'s\s*(?:middags|avonds|morgens)|\bnoen\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"(?:salaris|loon|wedde|weddes|barema)schaal|\bbarema\b|\bklasse\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleWords();

    [GeneratedRegex(@"salaris|maandloon|jaarloon|brutoloon|wedde|verloning|bezoldiging", RegexOptions.IgnoreCase)]
    private static partial Regex SalaryWords();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[.\s]\d{3})+(?:,\d{2})?(?![\d.,]*\d)|(?<![\d.,])\d{3,6},\d{2}(?!\d)")]
    private static partial Regex AmountLike();

    [GeneratedRegex(@"\bdeeltijd\w*|\bparttime\b|\bpart-time\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartTimeWords();
}
