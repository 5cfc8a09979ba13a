using Assistant.AI;
using Assistant.AI.Suggestions;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant facts --suggest ID</c>: the model's proposals for the fields the rules left empty, printed as facts.yaml lines to review.</summary>
public static class FactSuggestions
{
    public static async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        var id = args.Get("suggest");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new CliUsageException("--suggest expects a vacancy id");
        }

        using var snapshot = context.LoadKnowledge(args, [id]);
        if (snapshot.Find(id) is not { } vacancy)
        {
            context.Error.WriteLine($"error: unknown vacancy id '{id}'");
            return 2;
        }

        using var services = context.Assistant(snapshot, args.Get("model"));
        if (services.GetRequiredService<ModelConnection>().Gateway is not { } gateway)
        {
            context.Error.WriteLine("error: --suggest needs a language model: set Model:Provider (see src/Assistant.AI/README.md)");
            return 2;
        }

        var o = context.Out;
        var missing = FactSuggester.MissingFields(vacancy.Facts);
        o.WriteLine($"# {id}: proposals for facts.yaml (review each against its quote; nothing was written)");
        if (missing.Count == 0)
        {
            o.WriteLine("# the rules extracted every key field: nothing to propose");
            return 0;
        }

        o.WriteLine($"# fields the rules did not extract: {string.Join(", ", missing)}");
        var suggestions = await new FactSuggester(gateway).SuggestAsync(vacancy, cancellationToken).ConfigureAwait(false);
        foreach (var s in suggestions.Where(s => s.Dropped is null))
        {
            o.WriteLine($"{s.Field}: {Yaml(s.Value)}");
            o.WriteLine($"#   quote: \"{s.Quote}\"");
        }

        foreach (var s in suggestions.Where(s => s.Dropped is not null))
        {
            context.Error.WriteLine($"dropped: {s.Field}: {s.Dropped}");
        }

        if (!suggestions.Any(s => s.Dropped is null))
        {
            o.WriteLine("# no proposal survived the checks");
        }

        return 0;
    }

    private static string Yaml(string value) =>
        value.Any(c => c is ':' or '#' or '"' or '\'' or '\n') || value != value.Trim() ? "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : value;
}
