namespace Assistant.Cli.Evaluation;

/// <summary>An eval file that cannot be read or understood; the message names the file and line.</summary>
public sealed class EvalFormatException : Exception
{
    public EvalFormatException(string message) : base(message) { }
    public EvalFormatException() { }
    public EvalFormatException(string message, Exception inner) : base(message, inner) { }
}
