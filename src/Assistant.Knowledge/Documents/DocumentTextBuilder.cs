using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Documents;

/// <summary>
/// Collects the blocks a structured loader (HTML, Word, Markdown) finds and lays them out as
/// <see cref="LoadedDocument.Text"/>: paragraphs and headings separated by a blank line, consecutive
/// list items and consecutive table rows on their own lines without a blank line between them.
/// </summary>
internal sealed partial class DocumentTextBuilder
{
    private enum BlockKind
    {
        Paragraph,
        ListItem,
        TableRow,
    }

    private readonly StringBuilder _text = new();
    private readonly List<string> _headings = [];
    private BlockKind? _previous;

    /// <summary>The headings added so far, in document order.</summary>
    public IReadOnlyList<string> HeadingHints => _headings;

    /// <summary>Whether nothing but whitespace was added.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Whether a line with this text (whitespace collapsed, case ignored) was already added.</summary>
    public bool Contains(string line)
    {
        var text = CollapseWhitespace(line);
        return text.Length == 0 || _text.ToString().Split('\n').Any(l => string.Equals(CollapseWhitespace(l), text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Adds a paragraph; '\n' inside it (a line break) is kept, other whitespace collapsed.</summary>
    public void AddParagraph(string text) => Append(BlockKind.Paragraph, CleanLines(text), "");

    /// <summary>Adds a heading as its own paragraph and remembers it as a heading hint.</summary>
    public void AddHeading(string text)
    {
        var lines = CleanLines(text);
        if (lines.Count == 0)
        {
            return;
        }

        var heading = string.Join(" ", lines);
        _headings.Add(heading);
        Append(BlockKind.Paragraph, [heading], "");
    }

    /// <summary>Adds a list item as "- item"; continuation lines follow without the bullet.</summary>
    public void AddListItem(string text) => Append(BlockKind.ListItem, CleanLines(text), "- ");

    /// <summary>
    /// Adds a table row by row ("cell1: cell2"), except a table whose header row names kinds of requirement per column
    /// ("Vereist | Pluspunt", "Noodzakelijk | Gewenst"): its cells are unrelated items of their column, so each is laid out as
    /// "column header: cell", column after column (read row by row, a required item would run into an asset).
    /// </summary>
    public void AddTable(IEnumerable<IEnumerable<string>> rows)
    {
        var table = rows.Select(r => r.Select(CollapseWhitespace).ToList()).Where(r => r.Any(c => c.Length > 0)).ToList();
        if (table.Count > 1 && table[0].Count > 1 && table[0].All(h => h.Length is > 0 and <= 40 && !h.Contains('.', StringComparison.Ordinal))
            && table[0].Count(h => ColumnKind().IsMatch(h)) >= 2 && table.Skip(1).All(r => r.Count == table[0].Count))
        {
            for (var c = 0; c < table[0].Count; c++)
            {
                foreach (var row in table.Skip(1).Where(r => r[c].Length > 0))
                {
                    AddTableRow([table[0][c], row[c]]);
                }
            }

            return;
        }

        foreach (var row in table)
        {
            AddTableRow(row);
        }
    }

    /// <summary>A column header that names a kind of requirement: required, or an asset.</summary>
    [GeneratedRegex(@"^\W*(?:vereist|vereisten|verplicht|noodzakelijk|minimaal|minimumvereisten|must(?:-have)?|wat je moet hebben|pluspunt(?:en)?|troe(?:f|ven)|gewenst|wenselijk|meegenomen|extra|nice(?:-| )to(?:-| )have|(?:niet vereist|niet verplicht))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnKind();

    /// <summary>Adds a table row as "cell1: cell2"; empty cells are left out.</summary>
    public void AddTableRow(IEnumerable<string> cells)
    {
        var texts = cells.Select(CollapseWhitespace).Where(cell => cell.Length > 0).ToList();
        if (texts.Count > 0)
        {
            Append(BlockKind.TableRow, [string.Join(": ", texts)], "");
        }
    }

    /// <summary>Ends the current list or table, so that the next item or row starts a new block.</summary>
    public void EndGroup()
    {
        if (_previous is BlockKind.ListItem or BlockKind.TableRow)
        {
            _previous = BlockKind.Paragraph;
        }
    }

    /// <summary>The laid-out text with '\n' line endings and no trailing newline.</summary>
    public string Build() => _text.ToString();

    /// <summary>
    /// Replaces every run of whitespace (non-breaking spaces included) by one space, drops invisible
    /// characters (zero-width space, soft hyphen, byte-order mark) and trims.
    /// </summary>
    public static string CollapseWhitespace(string text) =>
        Whitespace().Replace(Invisible().Replace(text, ""), " ").Trim();

    private void Append(BlockKind kind, IReadOnlyList<string> lines, string prefix)
    {
        if (lines.Count == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(kind == _previous && kind != BlockKind.Paragraph ? "\n" : "\n\n");
        }

        _text.Append(prefix).Append(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            _text.Append('\n').Append(lines[i]);
        }

        _previous = kind;
    }

    private static List<string> CleanLines(string text) =>
        text.Split('\n').Select(CollapseWhitespace).Where(line => line.Length > 0).ToList();

    [GeneratedRegex(@"[\s\u00A0\u2007\u202F]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\u200B\u00AD\uFEFF]")]
    private static partial Regex Invisible();
}
