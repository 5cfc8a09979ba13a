using System.Text.Json.Serialization;

namespace Assistant.Core.Answers;

/// <summary>
/// The answer contract used by every channel and by the evaluation:
/// <c>{text, language, intent, vacancyIds, source, verdict, citations, suggestedActions, facts}</c>.
/// <see cref="Intent"/> is one of <see cref="Intents"/>; <see cref="Source"/> one of <see cref="AnswerSources"/>;
/// <see cref="Verdict"/> an eligibility verdict or a scoring verdict (<see cref="Verdicts"/>) or null;
/// <see cref="Facts"/> is the structured result of the tool that answered (one of the closed set of <see cref="AnswerPayload"/>s).
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
    [JsonConverter(typeof(AnswerPayloadJsonConverter))]
    public AnswerPayload? Facts { get; init; }

    /// <summary>
    /// The stored turn this answer belongs to, when the conversation store keeps it (the 👍/👎 feedback names it); null for
    /// a welcome or an answer nothing was stored for. Not part of the JSON contract.
    /// </summary>
    [JsonIgnore]
    public string? TurnId { get; init; }
}
