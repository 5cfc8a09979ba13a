namespace Assistant.Cli.Commands;

/// <summary>PLACEHOLDER.</summary>
public sealed class LintCommand : ICliCommand
{
    public string Name => "lint";
    public string Summary => "report missing, inferred and inconsistent facts per vacancy";
    public string Usage => "assistant lint [--json] [--knowledge DIR] [ID…]";
    public IReadOnlyCollection<string> Options { get; } = ["json"];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
