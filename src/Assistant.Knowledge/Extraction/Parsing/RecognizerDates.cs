using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Assistant.Knowledge.Extraction.Parsing;

/// <summary>
/// Microsoft.Recognizers.Text (culture nl-nl) for the date forms <see cref="DutchDates"/> does not know.
/// It is slow on long inputs, so it only ever sees one short line, and one model instance is reused.
/// </summary>
public static class RecognizerDates
{
    private const int MaxSpan = 300;
    private static readonly Lazy<IModel> Model = new(() => new DateTimeRecognizer(Culture.Dutch).GetDateTimeModel(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Dates the recognizer finds in one short span (longer spans are cut); offsets are relative to the span.</summary>
    public static IReadOnlyList<DateMention> Find(string span)
    {
        var text = span.Length > MaxSpan ? span[..MaxSpan] : span;
        var result = new List<DateMention>();
        List<ModelResult> found;
        lock (Model)
        {
            found = Model.Value.Parse(text);
        }

        foreach (var r in found)
        {
            if (r.Resolution is null || !r.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            // A bare day number ("(op 20)") is no date: the span must name a month or be written as a numeric date.
            if (!DutchDates.MentionsMonth(r.Text) && !r.Text.Any(c => c is '/' or '-' or '.'))
            {
                continue;
            }

            var first = values.FirstOrDefault(v => v.GetValueOrDefault("type") is "date" or "datetime");
            var timex = first?.GetValueOrDefault("timex");
            if (timex is null || !TryParseTimex(timex, out var day, out var month, out var year))
            {
                continue;
            }

            // "12/20" is no date in Dutch (day first, and there is no month 20): the recognizer's American reading is not taken.
            if (!DutchDates.MentionsMonth(r.Text) && !DayFirst(r.Text, day, month))
            {
                continue;
            }

            result.Add(new DateMention(day, month, year, null, r.Start, r.End + 1, null));
        }

        return result;
    }

    /// <summary>Whether a numeric date's first two numbers are the day and the month (ISO "2027-02-20" counts from the end).</summary>
    private static bool DayFirst(string text, int day, int month)
    {
        var numbers = text.Split(['/', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        if (numbers.Count >= 3 && numbers[0] > 31)
        {
            return numbers[1] == month && numbers[2] == day;
        }

        return numbers.Count >= 2 && numbers[0] == day && numbers[1] == month;
    }

    /// <summary>Reads "2025-12-14" or "XXXX-12-14" (year not given).</summary>
    private static bool TryParseTimex(string timex, out int day, out int month, out int? year)
    {
        day = month = 0;
        year = null;
        var parts = timex.Split('T')[0].Split('-');
        if (parts.Length != 3 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out month) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out day))
        {
            return false;
        }

        if (int.TryParse(parts[0], CultureInfo.InvariantCulture, out var y))
        {
            year = y;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year.Value : 2024, month);
    }
}
