namespace Assistant.Knowledge.Documents;

/// <summary>Turns one file format into a <see cref="LoadedDocument"/>.</summary>
public interface IDocumentLoader
{
    /// <summary>The file extensions this loader reads, lower case with the dot (".pdf").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Reads the document; throws <see cref="DocumentLoadException"/> with a clear message when the file is broken.</summary>
    LoadedDocument Load(Stream content, string fileName);
}
