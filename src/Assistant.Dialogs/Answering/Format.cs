using System.Globalization;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering;

/// <summary>Dates, times, money and lists written the way each language writes them.</summary>
public static class Format
{
    /// <summary>"14 december 2025" / "14 December 2025" / "14 décembre 2025", with the weekday when asked.</summary>
    public static string Date(string lang, DateOnly date, bool weekday = false) =>
        date.ToString(weekday ? "dddd d MMMM yyyy" : "d MMMM yyyy", Texts.Culture(lang));

    /// <summary>"23:59".</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"€ 3.210,45" (nl, fr) or "€3,123.31" (en).</summary>
    public static string Money(string lang, decimal amount)
    {
        var culture = Texts.Culture(lang);
        var number = amount.ToString("#,##0.00", culture);
        return lang == "en" ? "€" + number : "€ " + number;
    }

    /// <summary>A number without needless decimals: 2, 2,5 / 2.5.</summary>
    public static string Number(string lang, decimal value) => value.ToString("0.##", Texts.Culture(lang));

    /// <summary>"a, b en c".</summary>
    public static string List(string lang, IReadOnlyList<string> items, string conjunction = "and") => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " " + Texts.Get(lang, conjunction) + " " + items[^1],
    };

    /// <summary>"Deskundige externe communicatie (Stad Zonnebeek)".</summary>
    public static string Vacancy(string lang, VacancyFacts facts) =>
        facts.Title is null ? facts.Organisation ?? facts.Id
            : facts.Organisation is null ? facts.Title
            : Texts.Get(lang, "vacancy.label", ("title", facts.Title), ("organisation", facts.Organisation));

    /// <summary>"Els Peeters (HR medewerker), tel. 03 000 12 34, els.peeters@…".</summary>
    public static string Contact(string lang, Contact? contact)
    {
        if (contact is null)
        {
            return "";
        }

        var parts = new List<string>();
        var text = contact.Name is not null ? Texts.Get(lang, "contact.format.name", ("name", contact.Name)) : "";
        if (contact.Name is not null && contact.Role is not null)
        {
            text += Texts.Get(lang, "contact.format.role", ("role", contact.Role));
        }

        // A role written with the phone and mail in it ("HR – 059 00 00 00 – jobs@…") already gives them: not twice.
        if (contact.Phone is not null && !Digits(text).Contains(Digits(contact.Phone), StringComparison.Ordinal))
        {
            text += text.Length == 0 ? contact.Phone : Texts.Get(lang, "contact.format.phone", ("phone", contact.Phone));
        }

        if (contact.Email is not null && !text.Contains(contact.Email, StringComparison.OrdinalIgnoreCase))
        {
            text += text.Length == 0 ? contact.Email : Texts.Get(lang, "contact.format.email", ("email", contact.Email));
        }

        parts.Add(text);
        return string.Join("", parts);
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    /// <summary>A step's pass mark in words: "50/100", "60%", "B2", "geschikt".</summary>
    public static string? PassMark(string lang, PassMark? mark) => mark switch
    {
        { Points: { } p, OutOf: { } o } => $"{Number(lang, p)}/{Number(lang, o)}",
        { Percent: { } pct } => $"{Number(lang, pct)}%",
        { Level: { } level } => level,
        { Qualitative: { } q } => q,
        _ => null,
    };

    /// <summary>A weight in the final result as the documents write it: "2/3", "1/3", else a percentage.</summary>
    public static string Weight(decimal weight) => weight switch
    {
        0.6667m => "2/3",
        0.3333m => "1/3",
        0.5m => "1/2",
        0.25m => "1/4",
        0.75m => "3/4",
        _ => Math.Round(weight * 100).ToString("0", CultureInfo.InvariantCulture) + "%",
    };
}
