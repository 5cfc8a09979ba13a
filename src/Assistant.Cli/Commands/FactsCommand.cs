using System.Text.Json;
using Assistant.Core.Json;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant facts [--json] [ID…]</c>: the extracted facts per vacancy.</summary>
public sealed class FactsCommand : ICliCommand
{
    public string Name => "facts";
    public string Summary => "print the extracted facts of all or some vacancies";
    public string Usage => "assistant facts [--json] [--knowledge DIR] [ID…]\n  --json   print a JSON array, one object per vacancy (the contract other tools read)\n"
        + "assistant facts --suggest ID [--model fake:SCRIPT] [--knowledge DIR]\n"
        + "  --suggest  ask the configured language model (Model section) for the key fields the rules did not extract, each with\n"
        + "             the sentence it comes from; a proposal whose quote is not in the documents is dropped. Printed for review as\n"
        + "             facts.yaml lines, never written";
    public IReadOnlyCollection<string> Options { get; } = ["json", "suggest", "model"];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        if (args.Has("suggest"))
        {
            return FactSuggestions.RunAsync(args, context, cancellationToken);
        }

        var ids = args.Positionals;
        using var snapshot = context.LoadKnowledge(args, ids);
        var missing = ids.Where(id => snapshot.Find(id) is null).ToList();
        foreach (var id in missing)
        {
            context.Error.WriteLine($"error: unknown vacancy id '{id}' (known: {string.Join(", ", snapshot.Vacancies.Select(v => v.Id))})");
        }

        var facts = snapshot.Vacancies.Select(v => v.Facts).ToList();
        if (args.Has("json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(facts, FactsJson.Options));
        }
        else
        {
            foreach (var f in facts)
            {
                FactsPrinter.Print(context.Out, f);
            }
        }

        return Task.FromResult(missing.Count > 0 ? 2 : 0);
    }
}
