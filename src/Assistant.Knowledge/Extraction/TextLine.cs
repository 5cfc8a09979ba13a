using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Extraction;

/// <summary>One cleaned line of a document with its position, section and topic.</summary>
public sealed record TextLine(ParsedDocument Document, int Index, int Start, int End, string Text, Section? Section, Topic Topic)
{
    public string SectionTitle => Section?.Title ?? "";
    /// <summary>True when the line is the heading that opens <see cref="Section"/>.</summary>
    public bool IsHeading { get; init; }
    public bool IsBullet => Text.StartsWith("- ", StringComparison.Ordinal);
    /// <summary>The text without a leading bullet.</summary>
    public string Content => IsBullet ? Text[2..] : Text;
}
