using Assistant.Hosting;
using Assistant.Cli.Commands;
using Microsoft.Extensions.Configuration;

namespace Assistant.Cli;

/// <summary>The <c>assistant</c> command: finds the configuration, dispatches to a sub-command, turns errors into exit codes.</summary>
public static class CliApp
{
    /// <summary>All sub-commands, in help order.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new FactsCommand(),
        new LintCommand(),
        new ShowCommand(),
        new GeneralCommand(),
        new ChatCommand(),
        new NluCommand(),
        new SearchCommand(),
        new AskCommand(),
        new EvalCommand(),
        new CorpusCommand(),
        new IngestCommand(),
        new BenchCommand(),
        new InsightsCommand(),
    ];

    /// <summary>Runs one command line; 0 = success, 1 = the command found problems, 2 = usage or input error.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            PrintHelp(output);
            return args.Length == 0 ? 2 : 0;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"error: unknown command '{args[0]}'. Run 'assistant --help' for the list.");
            return 2;
        }

        try
        {
            var parsed = CliArguments.Parse(args.Skip(1));
            if (parsed.Has("help"))
            {
                output.WriteLine(command.Usage);
                return 0;
            }

            var unknown = parsed.Unknown([.. command.Options, "knowledge", "no-cache"]).ToList();
            if (unknown.Count > 0)
            {
                throw new CliUsageException($"unknown option --{unknown[0]} for '{command.Name}'. Usage:\n{command.Usage}");
            }

            var baseDirectory = AssistantPaths.FindBaseDirectory();
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .Build();
            var context = new CliContext(output, error, time, configuration, baseDirectory);
            return await command.RunAsync(parsed, context, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled");
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    private static void PrintHelp(TextWriter output)
    {
        output.WriteLine("assistant — vacancy assistant command line");
        output.WriteLine();
        output.WriteLine("Usage: assistant <command> [options]   (every command takes --knowledge DIR, --no-cache and --help)");
        output.WriteLine();
        foreach (var command in Commands)
        {
            output.WriteLine($"  {command.Name,-8} {command.Summary}");
        }
    }
}
