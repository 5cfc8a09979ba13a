using System.Globalization;
using Assistant.Core.Answers;

namespace Assistant.Cli.Commands.Bench;

/// <summary>What the timed part of <c>bench ask</c> collected: latencies, intents and sources returned, latency per question category, errors.</summary>
internal sealed class AskRun
{
    private readonly Dictionary<string, int> _intents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _intentsByCategory = new(StringComparer.Ordinal);

    public List<double> Latencies { get; } = [];

    public List<(AskQuestion Question, string Message)> Errors { get; } = [];

    public void Add(AskQuestion question, TimeSpan elapsed, Answer answer)
    {
        Record(question, elapsed);
        Count(_intents, answer.Intent);
        if (!_intentsByCategory.TryGetValue(question.Category, out var intents))
        {
            _intentsByCategory[question.Category] = intents = new(StringComparer.Ordinal);
        }

        Count(intents, answer.Intent);
        Count(_sources, answer.Source);
    }

    public void AddError(AskQuestion question, TimeSpan elapsed, Exception error)
    {
        Record(question, elapsed);
        Count(_intents, "(error)");
        Count(_sources, "(error)");
        Errors.Add((question, $"{error.GetType().Name}: {error.Message}"));
    }

    /// <summary>Intents and sources returned, and the latency per question category.</summary>
    public void PrintDistributions(TextWriter o)
    {
        var total = Math.Max(1, Latencies.Count);
        var c = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine("intents returned");
        foreach (var (intent, n) in _intents.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            o.WriteLine(string.Create(c, $"  {intent,-14} {n,6}  {100.0 * n / total,5:F1} %"));
        }

        o.WriteLine("sources returned");
        foreach (var (source, n) in _sources.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            o.WriteLine(string.Create(c, $"  {source,-14} {n,6}  {100.0 * n / total,5:F1} %"));
        }

        o.WriteLine("by question category (latency, the intent most answered)");
        foreach (var category in AskQuestionGenerator.Categories.Where(_byCategory.ContainsKey))
        {
            var stats = new LatencyStats(_byCategory[category]);
            var top = _intentsByCategory.TryGetValue(category, out var intents) && intents.Count > 0
                ? intents.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First()
                : default;
            var answered = top.Key is null ? "" : string.Create(c, $"   mostly {top.Key} ({100.0 * top.Value / stats.Count:F0} %)");
            o.WriteLine(string.Create(c, $"  {category,-14} {stats.Count,6}  p50 {stats.Percentile(50),8:F3} ms   p95 {stats.Percentile(95),8:F3} ms   max {stats.Max,8:F3} ms{answered}"));
        }
    }

    private void Record(AskQuestion question, TimeSpan elapsed)
    {
        Latencies.Add(elapsed.TotalMilliseconds);
        if (!_byCategory.TryGetValue(question.Category, out var list))
        {
            _byCategory[question.Category] = list = [];
        }

        list.Add(elapsed.TotalMilliseconds);
    }

    private static void Count(Dictionary<string, int> counts, string? key) =>
        counts[key ?? "(null)"] = counts.GetValueOrDefault(key ?? "(null)") + 1;
}
