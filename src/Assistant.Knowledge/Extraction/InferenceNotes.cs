using System.Globalization;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>Notes on what extraction had to infer or found odd in the text: years, weekdays, amount formats.</summary>
public static class InferenceNotes
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>Notes for every inferred year, every weekday that does not match its date, and every oddly written amount.</summary>
    public static IEnumerable<ExtractionNote> Collect(VacancyFacts facts, ExtractionContext ctx)
    {
        foreach (var (line, date) in ctx.AllDates())
        {
            if (date.Date is not { } d)
            {
                continue;
            }

            var quote = line.Text[date.Start..date.End];
            if (date.YearInferred && line.Topic is not (Topic.Tasks or Topic.Benefits or Topic.Offer or Topic.Profile))
            {
                var basis = date.YearBasis switch
                {
                    "publication" => date.Weekday is not null ? "publication date and weekday" : "publication date",
                    _ => date.Weekday is not null ? "weekday and neighbouring dates" : "neighbouring dates",
                };
                yield return new ExtractionNote("inferred", "date", $"year inferred for '{quote}': {d.ToString("dddd d MMMM yyyy", Nl)} (from the {basis})", ctx.View.Cite(line));
            }

            if (date.WeekdayMismatch)
            {
                yield return new ExtractionNote("inconsistent", "date", $"'{quote}': {d.ToString("d MMMM yyyy", Nl)} is a {d.ToString("dddd", Nl)}, not the weekday written", ctx.View.Cite(line));
            }
        }

        foreach (var line in ctx.View.Lines)
        {
            foreach (var money in Money.FindAll(line.Text).Where(m => m.Odd))
            {
                yield return new ExtractionNote("inferred", "amount", $"amount with odd formatting '{money.Raw}' read as {money.Amount.ToString("0.00", CultureInfo.InvariantCulture)}", ctx.View.Cite(line));
            }
        }

        if (facts.Salary is { PeriodInferred: true } salary)
        {
            yield return new ExtractionNote("inferred", "salary.period", $"salary period not stated; read as per {salary.Period.ToString().ToLowerInvariant()} from the size of the amounts", salary.Citation);
        }
    }
}
