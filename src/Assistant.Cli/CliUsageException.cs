namespace Assistant.Cli;

/// <summary>A wrong command line: printed as a one-line error with exit code 2.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException(string message) : base(message) { }
    public CliUsageException() { }
    public CliUsageException(string message, Exception inner) : base(message, inner) { }
}
