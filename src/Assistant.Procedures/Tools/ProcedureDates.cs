using Assistant.Procedures.Facts;

namespace Assistant.Procedures.Tools;

/// <summary>
/// Deterministic date tools over procedure facts, each following the counting rule of the document that sets the term:
/// the earliest closing date of a call from its publication date, the end of a probation from its start, a reserve's end
/// and its latest possible extension from the date it was made. Pure functions; no clock.
/// </summary>
public static class ProcedureDates
{
    /// <summary>
    /// The earliest closing date: the last day of the publication term counted from <paramref name="published"/>
    /// (the day itself or the day after, as the rule says; the day after when it does not), moved to the next working day
    /// when the rule says so (weekends, and the listed closing days when the rule names them).
    /// </summary>
    public static DateResult EarliestClosing(DateOnly published, Duration term, PeriodRule rule, IReadOnlyCollection<DateOnly> closingDays)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(closingDays);
        var first = rule.StartsSameDay == true ? published : published.AddDays(1);
        DateOnly raw;
        if (term.Unit == "workday")
        {
            raw = first;
            var counted = IsWorkday(raw, closingDays, rule.ClosingDays) ? 1 : 0;
            while (counted < term.Amount)
            {
                raw = raw.AddDays(1);
                counted += IsWorkday(raw, closingDays, rule.ClosingDays) ? 1 : 0;
            }
        }
        else
        {
            raw = term.Days is { } days ? first.AddDays(days - 1) : Add(first, term).AddDays(-1);
        }

        var last = raw;
        var skipped = new List<DateOnly>();
        while (rule.ShiftToWorkday && !IsWorkday(last, closingDays, rule.ClosingDays))
        {
            skipped.Add(last);
            last = last.AddDays(1);
        }

        return new DateResult(last, raw, first, skipped, rule.StartsSameDay is null);
    }

    /// <summary>
    /// The last day of a period of <paramref name="length"/> that starts on <paramref name="start"/> (day one): the day
    /// before the same calendar day (the default), that day itself, or the last day of the month the period ends in.
    /// </summary>
    public static DateResult PeriodEnd(DateOnly start, Duration length, PeriodRule rule)
    {
        ArgumentNullException.ThrowIfNull(length);
        ArgumentNullException.ThrowIfNull(rule);
        var first = rule.StartsSameDay == false ? start.AddDays(1) : start;
        var nominal = length.Days is { } days ? first.AddDays(days) : Add(first, length);
        var lastOfTerm = nominal.AddDays(-1);
        var end = rule.End switch
        {
            "same-day" => nominal,
            "end-of-month" => new DateOnly(lastOfTerm.Year, lastOfTerm.Month, DateTime.DaysInMonth(lastOfTerm.Year, lastOfTerm.Month)),
            _ => lastOfTerm,
        };
        return new DateResult(end, lastOfTerm, first, [], rule.End is null);
    }

    /// <summary>
    /// The latest end of a reserve after every extension the document allows: its total maximum when it states one,
    /// else the validity plus the allowed number of extensions; null when extensions are unlimited and no total is given.
    /// </summary>
    public static DateResult? LatestExtension(DateOnly made, Duration validity, ExtensionFact extension, PeriodRule rule)
    {
        ArgumentNullException.ThrowIfNull(validity);
        ArgumentNullException.ThrowIfNull(extension);
        if (extension.MaxTotal is { } total)
        {
            return PeriodEnd(made, total, rule);
        }

        if (extension.Times is not { } times || extension.Amount is not { } amount)
        {
            return null;
        }

        if (amount.Unit == validity.Unit)
        {
            return PeriodEnd(made, validity with { Amount = validity.Amount + (times * amount.Amount) }, rule);
        }

        // Years and months add up in months ("drie jaar", "telkens zes maanden").
        return Months(validity) is { } v && Months(amount) is { } a
            ? PeriodEnd(made, new Duration(v + (times * a), "month", null, 0), rule)
            : null;
    }

    private static int? Months(Duration d) => d.Unit switch { "month" => d.Amount, "year" => 12 * d.Amount, _ => null };

    private static DateOnly Add(DateOnly date, Duration d) => d.Unit switch
    {
        "month" => date.AddMonths(d.Amount),
        "year" => date.AddYears(d.Amount),
        "week" => date.AddDays(7 * d.Amount),
        _ => date.AddDays(d.Amount),
    };

    private static bool IsWorkday(DateOnly day, IReadOnlyCollection<DateOnly> closing, bool useClosing) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !(useClosing && closing.Contains(day));
}
