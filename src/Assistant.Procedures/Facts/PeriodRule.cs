using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Facts;

/// <summary>
/// How a document counts a period: whether the first day is the day of the event or the day after it, whether the last
/// day is the day before the same calendar day ("dag vóór dezelfde kalenderdag"), that day itself, or the last day of
/// its month, and whether a last day on a weekend or closing day moves to the next working day. Null fields mean the
/// document does not say (the defaults then apply and the answer says so).
/// </summary>
public sealed record PeriodRule
{
    /// <summary>True: the day of the event is day one; false: counting starts the day after; null: not said.</summary>
    public bool? StartsSameDay { get; init; }

    /// <summary>"day-before", "same-day" or "end-of-month"; null: not said.</summary>
    public string? End { get; init; }

    /// <summary>A last day on a Saturday, Sunday (or closing day when <see cref="ClosingDays"/>) moves to the next working day.</summary>
    public bool ShiftToWorkday { get; init; }

    /// <summary>The employer's closing days count as non-working days for the shift.</summary>
    public bool ClosingDays { get; init; }

    /// <summary>The units the rule was read from.</summary>
    public IReadOnlyList<ProcedureUnit> Sources { get; init; } = [];
}
