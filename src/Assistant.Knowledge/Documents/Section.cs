namespace Assistant.Knowledge.Documents;

/// <summary>A titled part of a cleaned document; offsets index into <see cref="ParsedDocument.Text"/>.</summary>
/// <param name="Title">The heading ("" for text before the first heading).</param>
/// <param name="Start">Offset of the first body character.</param>
/// <param name="End">Offset just past the body.</param>
public sealed record Section(string Title, int Start, int End)
{
    /// <summary>The body text of the section within <paramref name="documentText"/>.</summary>
    public string Body(string documentText) => documentText[Start..End];
}
