using System.Text.Json;

namespace Assistant.Cli.Evaluation;

/// <summary>The outcome of one turn: the response as JSON (null when the assistant failed) and the judge's problems.</summary>
public sealed record EvalTurnResult(string CaseId, int Turn, string User, JsonElement? Response, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>The answer text, or "" when there is none.</summary>
    public string Text => Response is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
        ? t.GetString() ?? ""
        : "";
}
