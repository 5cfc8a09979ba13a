using System.Text.Json;
using Assistant.Core.Answers;
using Assistant.Core.Json;

namespace Assistant.Cli.Evaluation;

/// <summary>
/// The answer contract as JSON (<see cref="FactsJson"/> conventions; <see cref="Answer.Facts"/>, the typed payload, with its runtime type).
/// When the facts of an answer cannot be serialized the contract is still written, with <c>facts: null</c>, and the
/// reason is returned so the caller can report it.
/// </summary>
public static class AnswerJson
{
    /// <summary>The answer as a JSON element (compact).</summary>
    public static JsonElement ToElement(Answer answer, out string? problem)
    {
        problem = null;
        try
        {
            return JsonSerializer.SerializeToElement(answer, FactsJson.Compact);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            problem = $"facts of type {answer.Facts?.GetType().Name} cannot be serialized: {ex.Message}";
            return JsonSerializer.SerializeToElement(answer with { Facts = null }, FactsJson.Compact);
        }
    }

    /// <summary>The answer as JSON text, indented or compact.</summary>
    public static string Serialize(Answer answer, bool indented, out string? problem)
    {
        var element = ToElement(answer, out problem);
        return indented ? JsonSerializer.Serialize(element, FactsJson.Options) : element.GetRawText();
    }
}
