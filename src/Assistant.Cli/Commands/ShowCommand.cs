namespace Assistant.Cli.Commands;

/// <summary><c>assistant show ID</c>: the cleaned text of a vacancy's documents with their sections, to check what extraction sees.</summary>
public sealed class ShowCommand : ICliCommand
{
    public string Name => "show";
    public string Summary => "print a vacancy's cleaned documents, section by section";
    public string Usage => "assistant show [--knowledge DIR] ID";
    public IReadOnlyCollection<string> Options { get; } = [];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        if (args.Positionals.Count != 1)
        {
            throw new CliUsageException($"expected one vacancy id. Usage: {Usage}");
        }

        using var snapshot = context.LoadKnowledge(args, args.Positionals);
        var vacancy = snapshot.Find(args.Positionals[0])
            ?? throw new CliUsageException($"unknown vacancy id '{args.Positionals[0]}'");
        foreach (var document in vacancy.Documents)
        {
            context.Out.WriteLine($"##### {document.FileName} ({document.Format}, {document.Audience}, {document.Text.Length} chars)");
            foreach (var section in document.Sections)
            {
                context.Out.WriteLine($"=== [{section.Title}] @{section.Start}-{section.End}");
                context.Out.WriteLine(section.Body(document.Text));
            }
        }

        return Task.FromResult(0);
    }
}
