using Assistant.Tools.Profile;

namespace Assistant.Dialogs.Answering;

/// <summary>What a conversation remembers between turns: the current vacancies, the last intent and aspect, and the candidate's profile.</summary>
public sealed record SessionState
{
    public IReadOnlyList<string> VacancyIds { get; init; } = [];
    public string? LastIntent { get; init; }
    public string? LastAspect { get; init; }
    public CandidateProfile Profile { get; init; } = new();

    /// <summary>
    /// For each profile fact ("diploma", "experience", …) the vacancy it was stated about ("" for none). A fact stated about
    /// another vacancy is named in an eligibility answer ("I am using what you told me earlier: …") instead of deciding silently.
    /// </summary>
    public IReadOnlyDictionary<string, string> ProfileOrigins { get; init; } = new Dictionary<string, string>();
}
