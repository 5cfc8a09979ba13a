namespace Assistant.Core.Answers;

/// <summary>
/// The answer contract used by every channel and by the evaluation:
/// <c>{text, language, intent, vacancyIds, source, verdict, citations, suggestedActions, facts}</c>.
/// <see cref="Source"/> is "rules", "retrieval", "generation" or "none"; <see cref="Verdict"/> is an eligibility
/// verdict ("eligible", "conditional", "not-eligible", "need-info"), a scoring verdict ("pass", "fail") or null;
/// <see cref="Facts"/> is the structured result of the tool that answered.
/// </summary>
public sealed record Answer
{
    public required string Text { get; init; }
    public required string Language { get; init; }
    public required string Intent { get; init; }
    public IReadOnlyList<string> VacancyIds { get; init; } = [];
    public required string Source { get; init; }
    public string? Verdict { get; init; }
    public IReadOnlyList<AnswerCitation> Citations { get; init; } = [];
    public IReadOnlyList<SuggestedAction> SuggestedActions { get; init; } = [];
    public object? Facts { get; init; }
}
