namespace Assistant.Knowledge.Index;

/// <summary>A passage of a document: the unit that is indexed and cited.</summary>
/// <param name="Section">The title of the section it stands in ("" before the first heading).</param>
/// <param name="Start">Offset of its first character in <see cref="Documents.ParsedDocument.Text"/>.</param>
/// <param name="End">Offset just past its last character.</param>
public sealed record TextPassage(string Section, int Start, int End)
{
    /// <summary>The passage text within <paramref name="documentText"/>.</summary>
    public string Text(string documentText) => documentText[Start..End];
}
