namespace Assistant.Cli;

/// <summary>Parsed command-line arguments: <c>--name value</c> options, <c>--flag</c> switches and positionals.</summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "json", "help", "verbose", "no-index", "internal", "no-cache", "not-hr", "calibrate", "csv" };
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArguments(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Parses the arguments after the command name; "--" ends options.</summary>
    public static CliArguments Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var result = new CliArguments([]);
        var positionals = (List<string>)result.Positionals;
        var onlyPositionals = false;
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (onlyPositionals || !arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                if (arg == "--" && !onlyPositionals)
                {
                    onlyPositionals = true;
                    continue;
                }

                positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                result._options[name[..eq]] = name[(eq + 1)..];
            }
            else if (Switches.Contains(name) || i + 1 >= list.Count || list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                result._flags.Add(name);
            }
            else
            {
                result._options[name] = list[++i];
            }
        }

        return result;
    }

    public bool Has(string flag) => _flags.Contains(flag) || _options.ContainsKey(flag);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    /// <summary>An integer option; throws <see cref="CliUsageException"/> with a clear message when it is not one.</summary>
    public int GetInt(string name, int fallback)
    {
        var value = Get(name);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new CliUsageException($"--{name} expects a non-negative whole number, got '{value}'");
    }

    /// <summary>Options and switches given that the command does not know.</summary>
    public IEnumerable<string> Unknown(IReadOnlyCollection<string> known) =>
        _options.Keys.Concat(_flags).Where(k => !known.Contains(k) && k != "help");
}
