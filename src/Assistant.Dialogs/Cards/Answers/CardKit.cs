using Assistant.Core.Facts;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Cards.Elements;

namespace Assistant.Dialogs.Cards.Answers;

/// <summary>Small pieces shared by the answer cards: headings, subtle lines, quotes and step dates in words.</summary>
internal static class CardKit
{
    public static TextBlock Title(string text, TextColor color = TextColor.Default) =>
        new(text) { Wrap = true, Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = color };

    public static TextBlock Heading(string text) =>
        new(text) { Wrap = true, Weight = TextWeight.Bolder, Spacing = CardSpacing.Medium };

    public static TextBlock Line(string text) => new(text) { Wrap = true };

    public static TextBlock Subtle(string text) => new(text) { Wrap = true, IsSubtle = true, Spacing = CardSpacing.None };

    /// <summary>The Dutch source sentence, as written, in quotation marks.</summary>
    public static TextBlock Quote(Citation citation) =>
        new("“" + citation.Quote.Trim() + "”") { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = CardSpacing.None };

    /// <summary>The vacancy line under a card's title, when the vacancy is known.</summary>
    public static IEnumerable<CardElement> VacancyLine(string lang, VacancyFacts? vacancy) =>
        vacancy is null ? [] : [Subtle(Format.Vacancy(lang, vacancy))];

    public static string Capitalise(string lang, string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Texts.Culture(lang)) + text[1..];

    /// <summary>"donderdag 8 januari 2026 of vrijdag 9 januari 2026" / "in de week van 10 november 2025": the dates, without the qualifiers.</summary>
    public static string Dates(string lang, IReadOnlyList<StepDate> dates)
    {
        var parts = dates.Select(d =>
        {
            var weekOf = d.Qualifiers.Contains("week-of");
            var text = Format.Date(lang, d.Date, weekday: !weekOf);
            text = weekOf ? Texts.Get(lang, "q.week-of", ("date", text)) : text;
            if (d.Time is { } time)
            {
                text += Texts.Get(lang, "time.at", ("time", Format.Time(time)));
            }

            return d.Role is { } role && Texts.Has(lang, "proc.role." + role) ? Texts.Get(lang, "proc.role." + role, ("date", text)) : text;
        }).ToList();
        return Format.List(lang, parts, dates.Any(d => d.Qualifiers.Contains("alternative")) ? "or" : "and");
    }

    /// <summary>"in de voormiddag, onder voorbehoud": how the document hedges the dates, or null.</summary>
    public static string? Qualifiers(string lang, IReadOnlyList<StepDate> dates)
    {
        var words = new[] { "morning", "afternoon", "by-appointment", "tentative" }
            .Where(q => dates.Any(d => d.Qualifiers.Contains(q)))
            .Select(q => Texts.Get(lang, "q." + q))
            .ToList();
        if (dates.Any(d => d.YearInferred))
        {
            words.Add(Texts.Get(lang, "card.timeline.yearInferred"));
        }

        return words.Count == 0 ? null : string.Join(", ", words);
    }
}
