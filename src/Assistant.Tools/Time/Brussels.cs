namespace Assistant.Tools.Time;

/// <summary>Europe/Brussels local time, the time zone of every user-facing date.</summary>
public static class Brussels
{
    /// <summary>The Europe/Brussels time zone (IANA id; available on Linux and, via ICU, on Windows).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The local date and time in Brussels at <paramref name="instant"/>.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The calendar date in Brussels at <paramref name="instant"/>.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    /// <summary>The instant of a Brussels local date and time (summer time handled; a time skipped by the clock change moves forward).</summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
