using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Step dates with their qualifiers in words: "in de week van 15 december 2025", "8 januari 2026 of 9 januari 2026, in de voormiddag (onder voorbehoud)".</summary>
public static class DateText
{
    public static string Dates(string lang, IReadOnlyList<StepDate> dates)
    {
        if (dates.Count == 0)
        {
            return "";
        }

        var parts = dates.Select(d =>
        {
            var date = Format.Date(lang, d.Date, weekday: !d.Qualifiers.Contains("week-of"));
            if (d.Qualifiers.Contains("week-of"))
            {
                date = Texts.Get(lang, "q.week-of", ("date", date));
            }

            if (d.Time is { } time)
            {
                date += Texts.Get(lang, "time.at", ("time", Format.Time(time)));
            }

            if (d.Role is { } role)
            {
                date = Texts.Get(lang, "proc.role." + role, ("date", date));
            }

            return date;
        }).ToList();
        var alternative = dates.Any(d => d.Qualifiers.Contains("alternative"));
        var text = Format.List(lang, parts, alternative ? "or" : "and");
        var extra = new[] { "morning", "afternoon", "by-appointment", "tentative" }
            .Where(q => dates.Any(d => d.Qualifiers.Contains(q)))
            .Select(q => Texts.Get(lang, "q." + q))
            .ToList();
        return extra.Count == 0 ? text : text + ", " + string.Join(", ", extra);
    }
}
