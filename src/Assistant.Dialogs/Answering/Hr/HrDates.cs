using System.Text;
using Assistant.Procedures.Answers;
using Assistant.Procedures.Facts;

namespace Assistant.Dialogs.Answering.Hr;

/// <summary>Computed procedure dates and durations in words: the date, then how it was counted (term, article, counting rule, moves past weekends and closing days).</summary>
internal static class HrDates
{
    public static string Computed(string lang, ProcedureResult r)
    {
        var term = r.Terms[0];
        var date = r.Date!;
        var level = term.Level is { } l ? Texts.Get(lang, "hr.level", ("level", l)) : "";
        var sb = new StringBuilder(Texts.Get(lang, "hr.computed." + r.Computation, ("from", Format.Date(lang, r.From!.Value, weekday: true)),
            ("date", Format.Date(lang, date.Date, weekday: true)), ("level", level)));
        var counting = new List<string>();
        var rule = r.Rule!;
        if (r.Computation == "closing-date")
        {
            counting.Add(rule.StartsSameDay switch
            {
                true => Texts.Get(lang, "hr.count.sameDay"),
                false => Texts.Get(lang, "hr.count.nextDay", ("first", Format.Date(lang, date.FirstDay))),
                _ => Texts.Get(lang, "hr.count.default"),
            });
            if (date.Date != date.Unshifted)
            {
                var why = date.Skipped.Any(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) || r.ClosingDays.Count > 0 ? "closing" : "weekend";
                counting.Add(Texts.Get(lang, "hr.count.shift", ("unshifted", Format.Date(lang, date.Unshifted, weekday: true)), ("why", Texts.Get(lang, "hr.why." + why))));
            }
        }
        else
        {
            counting.Add(Texts.Get(lang, "hr.count.end." + (rule.End ?? "default")));
            if (r.Extension is { } e && ExtensionLimits(lang, e) is { } limits)
            {
                counting.Add(limits.TrimEnd('.'));
            }
        }

        sb.Append('\n').Append(Texts.Get(lang, "hr.computed.basis", ("kind", Texts.Get(lang, "hr.kind." + term.Kind)), ("level", level),
            ("duration", Duration(lang, term.Duration)), ("label", term.Source.Label), ("document", term.Source.DocumentTitle),
            ("counting", string.Join("; ", counting))));
        return sb.ToString();
    }

    /// <summary>"De totale geldigheid is hoogstens 3 jaar." / "De reserve kan 1 keer verlengd worden met 1 jaar.", or null when the document gives neither.</summary>
    public static string? ExtensionLimits(string lang, ExtensionFact e) =>
        e.MaxTotal is { } total ? Texts.Get(lang, "hr.count.extension.total", ("duration", Duration(lang, total with { Bound = null }))) + "."
        : e.Amount is { } amount && e.Times is { } times ? Texts.Get(lang, "hr.count.extension.times", ("times", times), ("duration", Duration(lang, amount))) + "."
        : null;

    /// <summary>"minstens 21 kalenderdagen", "1 year", "6 mois".</summary>
    public static string Duration(string lang, Duration d)
    {
        var unit = Texts.Get(lang, "hr.unit." + d.Unit + (d.Amount == 1 ? ".one" : ""), ("n", d.Amount));
        return d.Bound is { } bound ? Texts.Get(lang, "hr.bound." + bound) + unit : unit;
    }
}
