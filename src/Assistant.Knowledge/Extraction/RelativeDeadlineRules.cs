using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// An application deadline counted from the publication: "ten laatste drie weken na de publicatiedatum", "uiterlijk 14
/// kalenderdagen na publicatie van deze vacature", "binnen de 10 werkdagen na de bekendmaking", "tot een maand na de
/// publicatie", and as an ordinal day: "uiterlijk op de twintigste dag na de publicatie in het Belgisch Staatsblad", "ten
/// laatste op de 30ste kalenderdag na de bekendmaking" (the Nth day after the publication is publication + N). The
/// publication may be named with any determiner or noun ("na deze publicatie", "na het verschijnen van dit bericht", "na
/// plaatsing van de oproep", "na onze advertentie"). With the
/// document's publication date it is a date like any other; without one there is none.
/// </summary>
public static partial class RelativeDeadlineRules
{
    /// <summary>The deadlines counted from <paramref name="published"/> in application sentences.</summary>
    public static IEnumerable<Deadline> Find(ExtractionContext ctx, DateFact? published)
    {
        if (published is null)
        {
            yield break;
        }

        foreach (var line in ctx.View.Lines)
        {
            foreach (Match m in AfterPublication().Matches(line.Text))
            {
                var (start, end) = DocumentView.SentenceBounds(line.Text, m.Index, m.Index + m.Length);
                var sentence = line.Text[start..end];
                if (!ApplicationSentence().IsMatch(sentence) && line.Topic != Topic.Application)
                {
                    continue;
                }

                if (!DutchNumbers.TryParse(m.Groups["n"].Value, out var n) || n is < 1 or > 90 || n != decimal.Truncate(n))
                {
                    continue;
                }

                var count = (int)n;
                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                var day = unit.StartsWith("werkdag", StringComparison.Ordinal) ? AddWorkingDays(published.Date, count)
                    : unit is "week" or "weken" ? published.Date.AddDays(7 * count)
                    : unit.StartsWith("maand", StringComparison.Ordinal) ? published.Date.AddMonths(count)
                    : published.Date.AddDays(count);
                var time = DutchDates.FindTime(line.Text[(m.Index + m.Length)..end]) ?? DutchDates.FindTime(line.Text[start..m.Index]);
                yield return new Deadline(day, time, true, published.YearInferred, ctx.View.Cite(line, start, end));
            }
        }
    }

    /// <summary>
    /// The deadlines counted back from a dated event in application sentences: "uiterlijk 10 kalenderdagen vóór de sportproef
    /// van 15 maart 2027", "ten laatste 14 dagen voor de eerste proef op 20 maart", "tot 5 werkdagen vóór de infosessie (vrijdag
    /// 12 februari)", "minstens twee weken voor de selectiedag van 27 maart": the event's date minus the period, the last day
    /// to apply. Without a date for the event in the sentence there is none.
    /// </summary>
    public static IEnumerable<Deadline> FindBeforeEvent(ExtractionContext ctx)
    {
        foreach (var line in ctx.View.Lines)
        {
            foreach (Match m in BeforeEvent().Matches(line.Text))
            {
                var (start, end) = DocumentView.SentenceBounds(line.Text, m.Index, m.Index + m.Length);
                if (!ApplicationSentence().IsMatch(line.Text[start..end]) && line.Topic != Topic.Application
                    || !DutchNumbers.TryParse(m.Groups["n"].Value, out var n) || n is < 1 or > 90 || n != decimal.Truncate(n))
                {
                    continue;
                }

                var after = m.Index + m.Length;
                if (ctx.DatesOn(line).FirstOrDefault(d => d.Date is not null && d.Start >= after && d.Start < Math.Max(end, after) && d.Start - after <= EventSpan) is not { Date: { } eventDay } anchor)
                {
                    continue;
                }

                var count = (int)n;
                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                var day = unit.StartsWith("werkdag", StringComparison.Ordinal) ? AddWorkingDays(eventDay, -count)
                    : unit is "week" or "weken" ? eventDay.AddDays(-7 * count)
                    : eventDay.AddDays(-count);
                var time = DutchDates.FindTime(line.Text[start..m.Index]);
                yield return new Deadline(day, time, true, anchor.YearInferred, ctx.View.Cite(line, start, end));
            }
        }
    }

    /// <summary>
    /// Whether a span of <paramref name="text"/> lies inside a deadline counted from the publication (a date reader may take
    /// "drie weken na" for a date), or is the date of the event a deadline is counted back from ("… vóór de proef van 15 maart").
    /// </summary>
    public static bool Covers(string text, int start, int end) =>
        AfterPublication().Matches(text).Any(m => start < m.Index + m.Length && end > m.Index)
        || BeforeEvent().Matches(text).Any(m => start < m.Index + m.Length + EventSpan && end > m.Index);

    /// <summary>How far after "N dagen vóór" the event's date may stand ("vóór de sportproef van").</summary>
    private const int EventSpan = 80;

    /// <summary>The day <paramref name="count"/> working days after <paramref name="from"/> (before it when negative).</summary>
    private static DateOnly AddWorkingDays(DateOnly from, int count)
    {
        var day = from;
        var step = count < 0 ? -1 : 1;
        var left = Math.Abs(count);
        while (left > 0)
        {
            day = day.AddDays(step);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return day;
    }

    [GeneratedRegex(@"(?:ten laatste|uiterlijk|tot(?:\s+en\s+met)?|t\.e\.m\.|minstens|minimaal|ten minste|tenminste)\s+(?:op\s+)?(?:(?:een|de)\s+)?(?<n>\d{1,2}|" + DutchNumbers.WordPattern + @")\s+(?<unit>kalenderdagen|kalenderdag|werkdagen|werkdag|dagen|dag|weken|week)\s+(?:vóór|voor|voorafgaand aan|voorafgaandelijk aan)\s", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeEvent();

    [GeneratedRegex(@"(?:ten laatste|uiterlijk|binnen(?:\s+de)?|tot|tot en met|t\.e\.m\.|vóór|voor)\s+(?:op\s+)?(?:(?:een|de)\s+)?(?:termijn\s+van\s+)?(?<n>\d{1,2}|" + DutchNumbers.WordPattern + @")(?:ste|de|e)?\s+(?<unit>kalenderdagen|kalenderdag|werkdagen|werkdag|dagen|dag|weken|week|maanden|maand)\s+(?:na|volgend op|vanaf|te rekenen vanaf|te tellen vanaf|na de dag van)\s+(?:(?:de|het|deze|dit|onze|zijn|haar)\s+)?(?:datum\s+van\s+(?:de\s+|het\s+|deze\s+|dit\s+)?)?(?:publicatie|publicatiedatum|bekendmaking|verschijning|verschijnen|online\s*plaatsing|plaatsing|publiceren|oproep|vacaturebericht|advertentie)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterPublication();

    [GeneratedRegex(@"sollicit|kandida|inschrijv|reageer|reageren|\bcv\b|stuur|bezorg|mail", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationSentence();
}
