namespace Assistant.Core.Facts;

/// <summary>The admission requirements of a vacancy: evaluable routes plus general requirements.</summary>
public sealed record Requirements
{
    public IReadOnlyList<AdmissionRoute> Routes { get; init; } = [];
    public IReadOnlyList<GeneralRequirement> General { get; init; } = [];
    public IReadOnlyList<Preference> Preferences { get; init; } = [];
    /// <summary>The date on which the requirements are judged, when stated.</summary>
    public DateFact? ReferenceDate { get; init; }
    /// <summary>Whether the reference date is the closing date of applications.</summary>
    public bool JudgedAtDeadline { get; init; }
}
