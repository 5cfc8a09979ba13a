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

    /// <summary>Whether a span of <paramref name="text"/> lies inside a deadline counted from the publication (a date reader may take "drie weken na" for a date).</summary>
    public static bool Covers(string text, int start, int end) =>
        AfterPublication().Matches(text).Any(m => start < m.Index + m.Length && end > m.Index);

    private static DateOnly AddWorkingDays(DateOnly from, int count)
    {
        var day = from;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count--;
            }
        }

        return day;
    }

    [GeneratedRegex(@"(?:ten laatste|uiterlijk|binnen(?:\s+de)?|tot|tot en met|t\.e\.m\.|vóór|voor)\s+(?:op\s+)?(?:(?:een|de)\s+)?(?:termijn\s+van\s+)?(?<n>\d{1,2}|" + DutchNumbers.WordPattern + @")(?:ste|de|e)?\s+(?<unit>kalenderdagen|kalenderdag|werkdagen|werkdag|dagen|dag|weken|week|maanden|maand)\s+(?:na|volgend op|vanaf|te rekenen vanaf|te tellen vanaf|na de dag van)\s+(?:(?:de|het|deze|dit|onze|zijn|haar)\s+)?(?:datum\s+van\s+(?:de\s+|het\s+|deze\s+|dit\s+)?)?(?:publicatie|publicatiedatum|bekendmaking|verschijning|verschijnen|online\s*plaatsing|plaatsing|publiceren|oproep|vacaturebericht|advertentie)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterPublication();

    [GeneratedRegex(@"sollicit|kandida|inschrijv|reageer|reageren|\bcv\b|stuur|bezorg|mail", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationSentence();
}
