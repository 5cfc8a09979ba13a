namespace Assistant.Core.Facts;

/// <summary>
/// A deadline as the document states it: "tot en met 14 december" is inclusive, "vóór 15 april" is not
/// (the last day is then 14 April). <see cref="Time"/> is the stated time of day, if any.
/// </summary>
public sealed record Deadline(DateOnly Date, TimeOnly? Time, bool Inclusive, bool YearInferred, Citation Citation)
{
    /// <summary>What the deadline is for: "application", "assignment", "document", …</summary>
    public string Kind { get; init; } = "application";

    /// <summary>The first day applications are accepted when the document states a period ("van 4 januari tot en met 28 februari"), else null.</summary>
    public DateOnly? Opens { get; init; }

    /// <summary>The last calendar day on which one may still act.</summary>
    public DateOnly LastDay => Inclusive ? Date : Date.AddDays(-1);
}
