namespace Assistant.Knowledge.Extraction.Parsing;

/// <summary>
/// A date written in a text, before year resolution: <see cref="Year"/> is null when not written,
/// <see cref="Weekday"/> is the weekday the text gives, if any. Offsets are relative to the scanned text.
/// </summary>
public sealed record DateMention(int Day, int Month, int? Year, DayOfWeek? Weekday, int Start, int End, TimeOnly? Time)
{
    /// <summary>The resolved date; set by <see cref="YearResolver"/>.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>How an inferred year was chosen: "publication", "weekday" or "neighbouring-dates"; null when written.</summary>
    public string? YearBasis { get; init; }

    public bool YearInferred => Year is null && Date is not null;

    /// <summary>True when the text gives a weekday that does not fall on the resolved date.</summary>
    public bool WeekdayMismatch => Weekday is { } w && Date is { } d && d.DayOfWeek != w;
}
