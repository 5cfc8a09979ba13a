namespace Assistant.Cli;

/// <summary>One <c>assistant</c> sub-command.</summary>
public interface ICliCommand
{
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The usage text shown by <c>assistant NAME --help</c>.</summary>
    string Usage { get; }

    /// <summary>Options and switches the command accepts (without dashes).</summary>
    IReadOnlyCollection<string> Options { get; }

    Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default);
}
