namespace Assistant.Knowledge.Documents;

/// <summary>
/// The raw text of one document as a loader read it: lines separated by '\n', paragraphs by a blank line,
/// list items starting with a bullet. <see cref="HeadingHints"/> lists the lines the format itself marks
/// as headings (HTML h1–h6, Markdown #, Word heading styles); plain text and PDF leave it empty.
/// </summary>
public sealed record LoadedDocument(string FileName, string Format, string Text, IReadOnlyList<string> HeadingHints);
