using Assistant.Tools.Profile;

namespace Assistant.Dialogs.Answering;

/// <summary>What a conversation remembers between turns: the current vacancies, the last intent and aspect, and the candidate's profile.</summary>
public sealed record SessionState
{
    public IReadOnlyList<string> VacancyIds { get; init; } = [];
    public string? LastIntent { get; init; }
    public string? LastAspect { get; init; }
    public CandidateProfile Profile { get; init; } = new();
}
