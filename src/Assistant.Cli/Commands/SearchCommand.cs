using System.Globalization;
using System.Text.Json;
using Assistant.Core.Facts;
using Assistant.Core.Json;
using Assistant.Knowledge.Index;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant search "…"</c>: the best passages for a question, with where they stand.</summary>
public sealed class SearchCommand : ICliCommand
{
    private const int DefaultTop = 5;
    private const int PreviewLength = 400;

    public string Name => "search";
    public string Summary => "search the passages of the vacancy documents";
    public string Usage => """
        assistant search "TEXT" [--vacancy ID] [--top N] [--internal] [--json] [--knowledge DIR | --index-dir DIR]
          --vacancy ID     only passages of this vacancy
          --top N          number of hits (default 5)
          --internal       include documents for internal staff
          --json           print a JSON array of hits {vacancyId, document, section, passage, score, start, end, audience}
          --index-dir DIR  search an index written by 'assistant ingest --index-dir' instead of loading the folder
        """;
    public IReadOnlyCollection<string> Options { get; } = ["vacancy", "top", "internal", "json", "index-dir"];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        // "--internal" is a switch; the argument parser reads a following word as its value, which belongs to the query.
        var internalValue = args.Get("internal");
        var includeInternal = args.Has("internal") && internalValue is not ("false" or "no" or "0");
        var words = args.Positionals.ToList();
        if (internalValue is not null and not ("true" or "false" or "yes" or "no" or "1" or "0"))
        {
            words.Insert(0, internalValue);
        }

        var text = string.Join(' ', words).Trim();
        if (text.Length == 0)
        {
            throw new CliUsageException($"search needs a text. Usage:\n{Usage}");
        }

        var top = args.GetInt("top", DefaultTop);
        var vacancy = args.Get("vacancy");
        if (args.Has("vacancy") && string.IsNullOrWhiteSpace(vacancy))
        {
            throw new CliUsageException("--vacancy expects a vacancy id");
        }

        var indexDir = args.Get("index-dir");
        using var snapshot = indexDir is null ? context.LoadKnowledge(args) : null;
        using var opened = indexDir is null ? null : OpenIndex(indexDir);
        var index = opened ?? snapshot!.Index;
        if (vacancy is not null && !index.VacancyIds.Contains(vacancy, StringComparer.OrdinalIgnoreCase))
        {
            context.Error.WriteLine($"error: unknown vacancy id '{vacancy}' (known: {string.Join(", ", index.VacancyIds.Order(StringComparer.Ordinal))})");
            return Task.FromResult(2);
        }

        var hits = index.Search(new SearchQuery(text, vacancy, includeInternal, top));
        if (args.Has("json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(hits.Select(ToJson), FactsJson.Options));
        }
        else
        {
            Print(context.Out, hits);
        }

        return Task.FromResult(0);
    }

    private static VacancyIndex OpenIndex(string path)
    {
        try
        {
            return VacancyIndex.Open(path);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    private static SearchHitJson ToJson(SearchHit hit) =>
        new(hit.VacancyId, hit.Document, hit.Section, hit.Passage, Math.Round(hit.Score, 3), hit.Start, hit.End, hit.Audience == Audience.Internal ? "internal" : "public");

    private static void Print(TextWriter output, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            output.WriteLine("no matching passages");
            return;
        }

        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var section = hit.Section.Length == 0 ? "(no section)" : hit.Section;
            var audience = hit.Audience == Audience.Internal ? "  [internal]" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1,2}. {hit.Score,6:F2}  {hit.VacancyId}  {hit.Document} › {section}  [{hit.Start}-{hit.End}]{audience}"));
            var passage = string.Join(' ', hit.Passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            output.WriteLine("    " + (passage.Length > PreviewLength ? passage[..PreviewLength] + "…" : passage));
            output.WriteLine();
        }
    }

    /// <summary>The JSON contract of one hit.</summary>
    private sealed record SearchHitJson(string VacancyId, string Document, string Section, string Passage, double Score, int Start, int End, string Audience);
}
