using Assistant.Tools.Profile;

namespace Assistant.Understanding.Entities;

/// <summary>
/// What the entity rules found in one question. <see cref="MaskedWords"/> marks the rule-text words that describe the
/// user (their experience, their diploma field) so that vacancy matching does not read them as a vacancy reference.
/// </summary>
internal sealed record ExtractedEntities(
    CandidateProfile Profile,
    IReadOnlyList<ScoreMention> Scores,
    int? SeniorityYears,
    int? WithinDays,
    bool Today,
    bool[] MaskedWords)
{
    /// <summary>The question is about all vacancies.</summary>
    public bool AllVacancies { get; init; }

    /// <summary>The "all vacancies" reference is explicit ("welke vacatures") rather than a bare plural.</summary>
    public bool AllVacanciesExplicit { get; init; }
}
