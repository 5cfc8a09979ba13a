using System.Text.Json;
using Assistant.Core.Answers;

namespace Assistant.Cli.Evaluation;

/// <summary>
/// Judges one answer against a turn's expectations with exactly the rules of shared/eval/evalcheck.py
/// (<c>check_turn</c>): intent, source and language only when expected; the vacancy key as a substring of any vacancy
/// id; the verdict; every mentions group by one alternative (typed <c>date:</c>, <c>eur:</c>, <c>time:</c> or a
/// normalised substring); no absent text. It reads the response as JSON, as the reference judge does, so both see
/// the same values. The problem texts follow evalcheck.py's.
/// </summary>
public static class EvalJudge
{
    /// <summary>The problems of one answer; empty when the turn passes.</summary>
    public static IReadOnlyList<string> Check(EvalExpectation expect, Answer answer) => Check(expect, AnswerJson.ToElement(answer, out _));

    /// <summary>The problems of one response object (a JSON value other than an object counts as <c>{}</c>).</summary>
    public static IReadOnlyList<string> Check(EvalExpectation expect, JsonElement response)
    {
        var problems = new List<string>();
        var text = Text(Field(response, "text"));
        foreach (var (key, want) in new[] { ("intent", expect.Intent), ("source", expect.Source), ("language", expect.Language) })
        {
            CheckValue(problems, response, key, want);
        }

        if (expect.Vacancy is { } vacancy)
        {
            var ids = VacancyIds(Field(response, "vacancyIds"));
            if (!ids.Any(id => id.Contains(vacancy, StringComparison.Ordinal)))
            {
                problems.Add($"vacancy {PythonText.Repr(vacancy)} not in [{string.Join(", ", ids.Select(PythonText.Repr))}]");
            }
        }

        CheckValue(problems, response, "verdict", expect.Verdict);
        foreach (var group in expect.Mentions)
        {
            if (!group.Any(alternative => MentionPatterns.Matches(alternative, text)))
            {
                problems.Add($"missing one of [{string.Join(", ", group.Select(PythonText.Repr))}]");
            }
        }

        var normalised = PythonText.Norm(text);
        foreach (var bad in expect.Absent)
        {
            if (normalised.Contains(PythonText.Norm(bad), StringComparison.Ordinal))
            {
                problems.Add($"must not contain {PythonText.Repr(bad)}");
            }
        }

        return problems;
    }

    /// <summary>evalcheck.py's <c>mention_matches(alt, text)</c>.</summary>
    public static bool MentionMatches(string alternative, string text) => MentionPatterns.Matches(alternative, text);

    private static void CheckValue(List<string> problems, JsonElement response, string key, IReadOnlyList<EvalScalar>? want)
    {
        if (want is null)
        {
            return;
        }

        var actual = Field(response, key);
        if (!want.Any(w => w.EqualsJson(actual)))
        {
            problems.Add($"{key} {PythonText.Repr(actual)} not in [{string.Join(", ", want.Select(w => w.Repr()))}]");
        }
    }

    /// <summary><c>resp.get(key)</c>: null when the response is not an object or lacks the key.</summary>
    private static JsonElement? Field(JsonElement response, string key) =>
        response.ValueKind == JsonValueKind.Object && response.TryGetProperty(key, out var value) ? value : null;

    /// <summary><c>resp.get("text") or ""</c>.</summary>
    private static string Text(JsonElement? value) => value is { ValueKind: JsonValueKind.String } v ? v.GetString() ?? "" : "";

    /// <summary><c>resp.get("vacancyIds") or []</c>, each id as <c>i or ""</c>.</summary>
    private static List<string> VacancyIds(JsonElement? value) => value is { ValueKind: JsonValueKind.Array } array
        ? [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.ValueKind == JsonValueKind.Null ? "" : e.GetRawText())]
        : [];
}
