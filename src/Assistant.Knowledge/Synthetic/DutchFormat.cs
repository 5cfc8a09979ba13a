using System.Globalization;
using Assistant.Core.Text;

namespace Assistant.Knowledge.Synthetic;

/// <summary>Dates and amounts written the ways Flemish vacancy texts write them.</summary>
internal static class DutchFormat
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] Weekdays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    /// <summary>"14 december 2025", sometimes with the weekday ("zondag 14 december 2025") or as "14/12/2025".</summary>
    public static string Date(DateOnly date, Random random) => random.Next(10) switch
    {
        < 5 => $"{date.Day} {Months[date.Month - 1]} {date.Year}",
        < 8 => $"{Weekdays[(int)date.DayOfWeek]} {date.Day} {Months[date.Month - 1]} {date.Year}",
        _ => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>A euro amount: "€ 3.210,45", "€3.210,45", "3.210,45 euro" or "EUR 3210,45".</summary>
    public static string Euro(decimal amount, Random random)
    {
        var grouped = amount.ToString("#,##0.00", Dutch);
        return random.Next(4) switch
        {
            0 => $"€ {grouped}",
            1 => $"€{grouped}",
            2 => $"{grouped} euro",
            _ => $"EUR {amount.ToString("0.00", Dutch)}",
        };
    }

    /// <summary>A clock time: "12 uur", "12u00", "12:00", "12.00 uur".</summary>
    public static string Time(int hour, int minute, Random random) => random.Next(4) switch
    {
        0 when minute == 0 => $"{hour} uur",
        1 => $"{hour}u{minute:00}",
        2 => $"{hour}:{minute:00}",
        _ => $"{hour}.{minute:00} uur",
    };

    /// <summary>Text lower-cased and stripped to letters, digits and dashes, for ids and e-mail addresses.</summary>
    public static string Slug(string text) => string.Join('-', TextFold.Words(text));
}
