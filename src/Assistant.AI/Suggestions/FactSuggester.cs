using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.AI.Guards;
using Assistant.AI.Prompts;
using Assistant.Core.Facts;
using Assistant.Knowledge.Base;

namespace Assistant.AI.Suggestions;

/// <summary>
/// The extraction assistant for HR (<c>assistant facts --suggest ID</c>): asks the model for the key fields the rules did
/// not extract, each with the sentence it comes from, and keeps a proposal only when that quote occurs verbatim in the
/// vacancy's documents (spacing aside) and every number and month of the value occurs in the quote. Proposals are
/// printed for a person to review; nothing is ever written or applied.
/// </summary>
public sealed partial class FactSuggester(ModelGateway gateway)
{
    private const string Instructions =
        "From the vacancy documents inside the <passage> elements, give a value for each field named inside <tool n=\"fields\">, "
        + "one JSON object per line: {\"field\": \"…\", \"value\": \"…\", \"quote\": \"…\"}. The quote is the sentence the value comes from, "
        + "copied exactly from the document. Dates as yyyy-MM-dd, amounts as plain numbers with a dot for decimals. Leave out a field the documents do not state.";

    /// <summary>An offline call over a whole document may take longer than the hot path's budget.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    /// <summary>The fields the assistant proposes (facts.yaml keys) and whether the extracted facts lack them.</summary>
    private static readonly (string Field, Func<VacancyFacts, bool> Missing)[] Fields =
    [
        ("title", f => string.IsNullOrWhiteSpace(f.Title)),
        ("organisation", f => string.IsNullOrWhiteSpace(f.Organisation)),
        ("scale", f => string.IsNullOrWhiteSpace(f.Scale)),
        ("location", f => string.IsNullOrWhiteSpace(f.Location)),
        ("applicationDeadline.date", f => f.ApplicationDeadline is null && !f.ContinuousRecruitment),
        ("regime.hoursPerWeek", f => f.Regime?.HoursPerWeek is null),
        ("salary.min", f => f.Salary?.Min is null),
        ("salary.max", f => f.Salary?.Max is null),
        ("reserve.validityYears", f => f.Reserve?.ValidityYears is null),
    ];

    /// <summary>The facts.yaml keys the rules left empty for <paramref name="facts"/>.</summary>
    public static IReadOnlyList<string> MissingFields(VacancyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Fields.Where(f => f.Missing(facts)).Select(f => f.Field).ToList();
    }

    /// <summary>The proposals for the missing fields of <paramref name="vacancy"/>, kept and dropped; empty when nothing is missing or the model failed.</summary>
    public async Task<IReadOnlyList<FactSuggestion>> SuggestAsync(Vacancy vacancy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var missing = MissingFields(vacancy.Facts);
        if (missing.Count == 0)
        {
            return [];
        }

        var documents = vacancy.Documents.Select(d => d.Text).ToList();
        var data = PromptData.Passages(documents) + PromptData.Tool("fields", string.Join(", ", missing));
        var reply = await gateway.AskAsync(new ModelTurn(), Instructions, data, Budget, 1200, cancellationToken).ConfigureAwait(false);
        return reply is null ? [] : Check(reply, missing, documents);
    }

    /// <summary>Reads the model's JSON lines and checks each proposal against the documents.</summary>
    internal IReadOnlyList<FactSuggestion> Check(string reply, IReadOnlyList<string> asked, IReadOnlyList<string> documents)
    {
        var text = Flat(string.Join("\n", documents));
        var result = new List<FactSuggestion>();
        foreach (Match match in JsonObject().Matches(reply))
        {
            if (Read(match.Value) is not { } s)
            {
                continue;
            }

            var dropped = !asked.Contains(s.Field, StringComparer.Ordinal) ? "not a field that was asked"
                : s.Quote.Length < 8 || !text.Contains(Flat(s.Quote), StringComparison.Ordinal) ? "the quote is not in the documents"
                : FactGuard.Unsupported(Spoken(s.Value), [s.Quote]).Count > 0 ? "the value has a number or date the quote does not have"
                : null;
            if (dropped is not null)
            {
                gateway.Reject("suggestion");
            }

            result.Add(s with { Dropped = dropped });
        }

        return result;
    }

    private static FactSuggestion? Read(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            string? Get(string name) => root.TryGetProperty(name, out var p) ? p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText() : null;
            return Get("field") is { Length: > 0 } field && Get("value") is { Length: > 0 } value && Get("quote") is { } quote
                ? new FactSuggestion(field, value, quote)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An ISO date as "14 12 2025" with its month named, so the guard checks day, month and year against the quote ("14 december 2025").</summary>
    private static string Spoken(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-BE"))
            : value;

    private static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex JsonObject();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
