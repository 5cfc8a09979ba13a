using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Staff;

/// <summary>One admission route: diploma level and field, experience, and the alternative conditions (e.g. a capacity test).</summary>
public sealed record StaffRoute(
    RouteAudience Audience,
    DiplomaLevel Diploma,
    string? Field,
    bool EquivalentAccepted,
    decimal? MinExperienceYears,
    string? ExperienceKind,
    IReadOnlyList<string> Alternatives,
    AnswerCitation Citation);
