namespace Assistant.Core.Facts;

/// <summary>
/// A date of a selection step. <see cref="Qualifiers"/> keep how the document hedges it:
/// "week-of", "tentative" (onder voorbehoud), "by-appointment" (na afspraak), "morning", "afternoon", "alternative" (x of y).
/// </summary>
public sealed record StepDate
{
    public required DateOnly Date { get; init; }
    public TimeOnly? Time { get; init; }
    public bool YearInferred { get; init; }
    public IReadOnlyList<string> Qualifiers { get; init; } = [];
    /// <summary>What happens on that date when it is not the step itself ("sent", "return-deadline").</summary>
    public string? Role { get; init; }
}
