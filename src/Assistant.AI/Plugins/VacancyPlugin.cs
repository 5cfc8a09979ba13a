using System.ComponentModel;
using System.Globalization;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;
using Assistant.Tools.Deadlines;
using Microsoft.SemanticKernel;

namespace Assistant.AI.Plugins;

/// <summary>
/// The deterministic tools and the search as kernel functions, so a model can pick one by function calling. The
/// functions compute from the knowledge base exactly as the rules do; what they return is the evidence the model's
/// text is checked against.
/// </summary>
public sealed class VacancyPlugin
{
    private readonly Func<KnowledgeSnapshot?> _knowledge;
    private readonly TimeProvider _time;

    public VacancyPlugin(Func<KnowledgeSnapshot?> knowledge, TimeProvider time)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    [KernelFunction("deadline")]
    [Description("Whether applications for a vacancy are open now, and the last day to apply.")]
    public string Deadline([Description("The vacancy id")] string vacancyId)
    {
        if (_knowledge()?.Find(vacancyId) is not { } vacancy)
        {
            return "unknown vacancy";
        }

        var status = DeadlineTool.Evaluate(vacancy.Facts, _time.GetUtcNow());
        return status.LastDay is { } day
            ? $"{status.Status}; last day {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : status.Status;
    }

    [KernelFunction("search_passages")]
    [Description("Searches the vacancy documents and returns the best matching passages, numbered.")]
    public string SearchPassages([Description("What to look for, in Dutch keywords")] string query, [Description("The vacancy id, if known")] string? vacancyId = null)
    {
        if (_knowledge() is not { } snapshot)
        {
            return "no documents loaded";
        }

        var hits = snapshot.Index.Search(new SearchQuery(query, string.IsNullOrWhiteSpace(vacancyId) ? null : vacancyId, Top: 3));
        return hits.Count == 0 ? "no passage found" : string.Join("\n", hits.Select((hit, i) => $"[{i + 1}] {hit.Passage}"));
    }
}
