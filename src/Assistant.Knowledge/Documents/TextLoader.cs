using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Documents;

/// <summary>Reads plain text (UTF-8, with a Windows-1252 fallback for files that are not valid UTF-8).</summary>
public sealed partial class TextLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    /// <summary>
    /// Reads the text; lines underlined or framed by rules ("-----", "=====") are its heading hints, and so are lines written
    /// with Markdown's heading marks ("## Profiel", pasted from a web editor), which lose the marks.
    /// </summary>
    public LoadedDocument Load(Stream content, string fileName)
    {
        var text = TextDecoding.ReadAll(content, fileName);
        var marked = new List<string>();
        text = HashHeading().Replace(text, m =>
        {
            marked.Add(m.Groups["title"].Value.Trim());
            return m.Groups["title"].Value;
        });
        return new(fileName, "txt", text, [.. RuledHeadings.Find(text), .. marked]);
    }

    /// <summary>A line that opens with one to six "#" and a space: a Markdown heading in a plain-text file.</summary>
    [GeneratedRegex(@"^[ \t]*#{1,6}[ \t]+(?<title>[^\r\n#][^\r\n]*?)[ \t#]*$", RegexOptions.Multiline)]
    private static partial Regex HashHeading();
}
