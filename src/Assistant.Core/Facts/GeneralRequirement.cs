namespace Assistant.Core.Facts;

/// <summary>
/// A general admission requirement: nationality ("EU", "EEA"), conduct (criminal-record extract),
/// civil rights, medical fitness, driving licence, language, or passing the selection; "certificate" (a named brevet or
/// attest to hold, Value its name) and "certificate-trainees" (those in training for it admitted, Value the last day to
/// obtain it, ISO, when given).
/// </summary>
public sealed record GeneralRequirement
{
    public required string Kind { get; init; }
    public string? Value { get; init; }
    /// <summary>For documents with an age limit, e.g. an extract "not older than 3 months".</summary>
    public int? MaxAgeMonths { get; init; }
    public required Citation Citation { get; init; }
}
