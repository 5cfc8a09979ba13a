namespace Assistant.Core.Facts;

/// <summary>
/// A general admission requirement: nationality ("EU", "EEA"), conduct (criminal-record extract),
/// civil rights, medical fitness, driving licence, language, or passing the selection; "certificate" (a named brevet or
/// attest to hold, Value its name) and "certificate-trainees" (those in training for it admitted, Value the last day to
/// obtain it, ISO, when given); "min-age" / "max-age" (the youngest / oldest age admitted, Value in years, see <see cref="Job"/> and <see cref="OnDate"/>).
/// </summary>
public sealed record GeneralRequirement
{
    public required string Kind { get; init; }
    public string? Value { get; init; }
    /// <summary>For documents with an age limit, e.g. an extract "not older than 3 months".</summary>
    public int? MaxAgeMonths { get; init; }
    /// <summary>For an age condition ("min-age", "max-age"): the job of the document it is stated for ("groendienst", a section's job title) when the document states different ages per job; null when it holds for all.</summary>
    public string? Job { get; init; }
    /// <summary>For an age condition: the day the age is counted on ("2027-07-01", ISO), or "first-workday"; null when not stated.</summary>
    public string? OnDate { get; init; }
    public required Citation Citation { get; init; }
}
