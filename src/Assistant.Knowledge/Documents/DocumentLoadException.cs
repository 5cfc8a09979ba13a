namespace Assistant.Knowledge.Documents;

/// <summary>A document could not be read; the message names the file and what is wrong with it.</summary>
public sealed class DocumentLoadException : Exception
{
    public DocumentLoadException(string message) : base(message) { }
    public DocumentLoadException(string message, Exception inner) : base(message, inner) { }
    public DocumentLoadException() { }
}
