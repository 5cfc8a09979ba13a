using System.Text.Json.Serialization;
using Assistant.Core.Facts;

namespace Assistant.Core.Answers;

/// <summary>
/// The structured result of the tool that answered (<see cref="Answer.Facts"/>). The closed set of payloads is the
/// sealed records of Assistant.Dialogs' <c>Answering/Payloads</c> (they hold the tools' result types, which Core
/// cannot name); a test keeps the set closed. On the wire a payload is its own record (camelCase, by its runtime
/// type); <see cref="Vacancy"/> and <see cref="Now"/> are not on the wire: they tell a channel what the payload is
/// about and when, so it can draw the answer's card without looking the vacancy up again.
/// </summary>
public abstract record AnswerPayload
{
    /// <summary>The vacancy the answer is about, when it is about exactly one.</summary>
    [JsonIgnore]
    public VacancyFacts? Vacancy { get; init; }

    /// <summary>The turn's clock.</summary>
    [JsonIgnore]
    public DateTimeOffset? Now { get; init; }
}
