using System.Text;

namespace Assistant.Knowledge.Documents;

/// <summary>Reads plain text (UTF-8, with a Windows-1252 fallback for files that are not valid UTF-8).</summary>
public sealed class TextLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    /// <summary>Reads the text; lines underlined or framed by rules ("-----", "=====") are its heading hints.</summary>
    public LoadedDocument Load(Stream content, string fileName)
    {
        var text = TextDecoding.ReadAll(content, fileName);
        return new(fileName, "txt", text, RuledHeadings.Find(text));
    }
}
