using System.Globalization;
using System.Text;
using System.Text.Json;
using Assistant.Core.Facts;
using Assistant.Core.Json;
using Assistant.Core.Text;

namespace Assistant.Cli.Corpus;

/// <summary>
/// Compares extracted facts with the truth, field by field. The facts are read through their JSON contract (what
/// `assistant facts --json` prints), so the comparison follows the contract rather than the classes behind it.
/// </summary>
public static class CorpusFacts
{
    /// <summary>The key facts, in report order.</summary>
    public static readonly string[] Fields = ["title", "organisation", "scale", "deadline day", "deadline time", "diploma route", "salary min", "salary max"];

    public static IEnumerable<FactComparison> Compare(CorpusTruth truth, VacancyFacts? facts)
    {
        var json = facts is null ? default : JsonSerializer.SerializeToElement(facts, FactsJson.Compact);
        string? Get(params string[] path)
        {
            if (facts is null)
            {
                return null;
            }

            var e = json;
            foreach (var p in path)
            {
                if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(p, out e))
                {
                    return null;
                }
            }

            return e.ValueKind switch { JsonValueKind.String => e.GetString(), JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => e.GetRawText(), _ => null };
        }

        FactComparison Text(string field, string? expected, string? actual, Func<string?, string> normalise) =>
            new(truth.Id, field, expected ?? "(none)", actual ?? "(none)", normalise(expected) == normalise(actual));

        yield return Text("title", truth.Title, Get("title"), Words);
        yield return Text("organisation", truth.Organisation, Get("organisation"), Words);
        yield return Text("scale", truth.Scale, Get("scale"), ScaleText);

        var continuous = facts is not null && Continuous(json);
        var lastDay = Get("applicationDeadline", "lastDay") ?? Get("applicationDeadline", "date");
        var expectedDay = !truth.HasDeadline ? "(none)" : truth.Continuous ? "continuous" : truth.DeadlineDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)";
        var actualDay = continuous ? "continuous" : lastDay ?? "(none)";
        yield return new FactComparison(truth.Id, "deadline day", expectedDay, actualDay, expectedDay == actualDay);
        if (truth.HasDeadline && !truth.Continuous)
        {
            yield return Text("deadline time", truth.DeadlineTime, Get("applicationDeadline", "time"), t => t?.Trim() ?? "");
        }

        var routes = new List<(string Audience, string Level)>();
        if (facts is not null)
        {
            // A document that opens several posts: the routes of the post the vacancy is filed under, as eligibility judges them.
            routes.AddRange(Assistant.Tools.Eligibility.PostChoice.ForQuestion(facts, null).Requirements.Routes.Select(r => (r.Audience.ToString().ToLowerInvariant(), r.Diploma.ToString().ToLowerInvariant())));
        }

        foreach (var (audience, level) in truth.Diploma)
        {
            var found = routes.FindIndex(r => r.Audience == audience && r.Level == level);
            if (found >= 0)
            {
                routes.RemoveAt(found);
            }

            yield return new FactComparison(truth.Id, "diploma route", $"{audience} {level}", found >= 0 ? $"{audience} {level}" : "(no such route)", found >= 0);
        }

        foreach (var (audience, level) in routes)
        {
            yield return new FactComparison(truth.Id, "diploma route", "(no such route)", $"{audience} {level}", false);
        }

        yield return Amount("salary min", truth.HasSalary ? truth.SalaryMin : null, facts?.Salary?.Min);
        yield return Amount("salary max", truth.HasSalary ? truth.SalaryMax : null, facts?.Salary?.Max);

        FactComparison Amount(string field, decimal? expected, decimal? actual) => new(
            truth.Id, field, expected?.ToString("0.00", CultureInfo.InvariantCulture) ?? "(none)", actual?.ToString("0.00", CultureInfo.InvariantCulture) ?? "(none)",
            expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) <= 0.01m);
    }

    /// <summary>Continuous recruitment, however the contract names it: a true property whose name starts with "continuous", or a deadline of that kind.</summary>
    private static bool Continuous(JsonElement json)
    {
        foreach (var p in json.EnumerateObject())
        {
            if (p.Name.StartsWith("continuous", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind is JsonValueKind.True or JsonValueKind.Object)
            {
                return true;
            }
        }

        return json.TryGetProperty("applicationDeadline", out var d) && d.ValueKind == JsonValueKind.Object
            && d.TryGetProperty("kind", out var k) && k.GetString() == "continuous";
    }

    /// <summary>Lower case, no accents, no parenthesised parts ("(m/v/x)"), only letters and digits separated by single spaces.</summary>
    public static string Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var outside = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                outside.Append(c);
            }
        }

        return string.Join(' ', TextFold.Words(outside.ToString()));
    }

    /// <summary>
    /// Upper case without spaces; "IFIC-categorie 14" and "IFIC 14" are one way of naming the same healthcare category, and
    /// "barema 301", "salarisschaal 301" and "301" of the same numbered scale.
    /// </summary>
    private static string ScaleText(string? scale) =>
        scale is null ? "" : System.Text.RegularExpressions.Regex.Replace(
            new string([.. scale.ToUpperInvariant().Replace('–', '-').Replace('—', '-').Where(c => !char.IsWhiteSpace(c))]),
            @"^IFIC-?(?:CATEGORIE|CATEGORY|CATÉGORIE)?|^(?:SALARIS|LOON|WEDDE)?(?:SCHAAL|BAREMA)(?=\d+$)", m => m.Value.StartsWith("IFIC", StringComparison.Ordinal) ? "IFIC" : "");
}
