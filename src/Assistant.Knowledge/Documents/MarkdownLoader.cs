using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Documents;

/// <summary>
/// Reads Markdown as plain text: headings become plain lines (and heading hints), emphasis and link
/// syntax are stripped, images dropped, list items become "- " bullets and table rows "cell1: cell2".
/// Line breaks inside a paragraph are kept, because vacancy texts often put one fact per line.
/// </summary>
public sealed partial class MarkdownLoader : IDocumentLoader
{
    private const int EscapeBase = 0xE000;

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public LoadedDocument Load(Stream content, string fileName)
    {
        var source = TextDecoding.ReadAll(content, fileName);
        var builder = new DocumentTextBuilder();
        var paragraph = new StringBuilder();
        var inFence = false;
        var inListItem = false;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                if (inListItem)
                {
                    builder.AddListItem(paragraph.ToString());
                }
                else
                {
                    builder.AddParagraph(paragraph.ToString());
                }
            }

            paragraph.Clear();
            inListItem = false;
        }

        // The rows of a table are laid out together, so a table whose header names a kind of requirement per column
        // ("Vereist | Pluspunt") is read column by column as in the other formats.
        var tableRows = new List<List<string>>();
        void FlushTable()
        {
            if (tableRows.Count > 0)
            {
                builder.AddTable(tableRows);
                tableRows.Clear();
            }
        }

        foreach (var rawLine in source.Split('\n'))
        {
            var quoted = BlockQuote().Replace(rawLine, "");
            if (inFence || FenceLine().IsMatch(rawLine) || !(quoted.TrimStart().StartsWith('|') || (quoted.Contains('|') && TableSeparator().IsMatch(quoted))))
            {
                FlushTable();
            }

            if (FenceLine().IsMatch(rawLine))
            {
                Flush();
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                paragraph.Append(rawLine).Append('\n');
                continue;
            }

            var line = BlockQuote().Replace(rawLine, "");
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (ReferenceDefinition().IsMatch(line) || (line.Contains('|') && TableSeparator().IsMatch(line)))
            {
                continue;
            }

            if (SetextUnderline().IsMatch(line) && paragraph.Length > 0 && !inListItem && !paragraph.ToString().TrimEnd('\n').Contains('\n'))
            {
                builder.AddHeading(paragraph.ToString());
                paragraph.Clear();
                continue;
            }

            if (HorizontalRule().IsMatch(line))
            {
                Flush();
                continue;
            }

            var heading = AtxHeading().Match(line);
            if (heading.Success)
            {
                Flush();
                builder.AddHeading(Inline(heading.Groups["text"].Value));
                continue;
            }

            var listItem = ListMarker().Match(line);
            if (listItem.Success)
            {
                Flush();
                inListItem = true;
                paragraph.Append(Inline(listItem.Groups["text"].Value)).Append('\n');
                continue;
            }

            if (line.TrimStart().StartsWith('|'))
            {
                Flush();
                tableRows.Add([.. line.Trim().Trim('|').Split('|').Select(Inline)]);
                continue;
            }

            paragraph.Append(Inline(line)).Append('\n');
        }

        FlushTable();
        Flush();
        if (builder.IsEmpty)
        {
            throw new DocumentLoadException($"{fileName}: the Markdown file contains no text");
        }

        return new LoadedDocument(fileName, "md", builder.Build(), builder.HeadingHints);
    }

    /// <summary>Strips inline Markdown: images, links, emphasis, code spans, HTML tags and escapes.</summary>
    private static string Inline(string text)
    {
        // Escaped characters are parked in the private-use area so that emphasis rules do not see them.
        text = Escape().Replace(text, match => ((char)(EscapeBase + match.Groups["char"].Value[0])).ToString());
        text = Image().Replace(text, "");
        text = InlineLink().Replace(text, "${text}");
        text = ReferenceLink().Replace(text, "${text}");
        text = AutoLink().Replace(text, "${url}");
        text = LineBreakTag().Replace(text, "\n");
        text = HtmlTag().Replace(text, "");
        text = CodeSpan().Replace(text, "${code}");
        text = StrongOrStrike().Replace(text, "${text}");
        text = StarEmphasis().Replace(text, "${text}");
        text = UnderscoreEmphasis().Replace(text, "${text}");
        text = Parked().Replace(text, match => ((char)(match.Value[0] - EscapeBase)).ToString());
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"^\s{0,3}(>\s?)+")]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^\s{0,3}(={2,}|-{2,})\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s{0,3}((\*\s*){3,}|(-\s*){3,}|(_\s*){3,})$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(\s+(?<text>.*?))?(\s+#+)?\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*([-*+•]|\d{1,3}[.)])\s+(?<text>.*)$")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<url>(https?://|mailto:)[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(\*\*|__|~~)(?<text>\S(.*?\S)?)\1")]
    private static partial Regex StrongOrStrike();

    [GeneratedRegex(@"(?<![\w*])\*(?<text>[^\s*]([^*\n]*[^\s*])?)\*(?![\w*])")]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<![\w_])_(?<text>[^\s_]([^_\n]*[^\s_])?)_(?![\w_])")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"\\(?<char>[\\`*_{}\[\]()#+\-.!|<>~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"[\uE000-\uE07F]")]
    private static partial Regex Parked();
}
