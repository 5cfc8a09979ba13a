using System.Text;

namespace Assistant.Knowledge.Documents;

/// <summary>Reads plain text (UTF-8, with a Windows-1252 fallback for files that are not valid UTF-8).</summary>
public sealed class TextLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public LoadedDocument Load(Stream content, string fileName) =>
        new(fileName, "txt", TextDecoding.ReadAll(content, fileName), []);
}
