namespace Assistant.Knowledge.Documents;

/// <summary>
/// Finds the tables of a PDF page without ruling lines, from the words' positions alone: lines whose words fall apart
/// into cells (a gap wider than a space), stacked with the cells in shared columns. Reading such a table line by line
/// interleaves the cells ("Uiterste kandidaturen moeten … 1 inschrijvingsdatum februari 2027"); read per row and column it
/// becomes "Uiterste inschrijvingsdatum: kandidaturen moeten … 1 februari 2027", the form the other loaders give a table.
/// </summary>
internal static class PdfTableReader
{
    /// <summary>A gap between words wider than this many times the font size separates two cells.</summary>
    private const double CellGap = 1.2;

    /// <summary>Lines further apart than this many line spacings do not belong to one table.</summary>
    private const double MaxLineGap = 2.6;

    /// <summary>A gap between lines wider than this many line spacings starts a new row.</summary>
    private const double RowGap = 1.4;

    /// <summary>A table found on a page: its first and last line and its rows, written "cell: cell".</summary>
    public sealed record Table(int First, int Last, IReadOnlyList<string> Rows);

    private sealed record Segment(double Left, double Right, string Text);

    /// <summary>The tables among a page's lines (top to bottom), each of at least two rows with two or more filled cells.</summary>
    public static List<Table> Find(IReadOnlyList<PdfLine> lines, double spacing)
    {
        var segments = lines.Select(Segments).ToList();
        var tables = new List<Table>();
        for (var seed = 0; seed < lines.Count; seed++)
        {
            if (segments[seed].Count < 2 || tables.Any(t => seed <= t.Last))
            {
                continue;
            }

            var columns = segments[seed].Select(s => (s.Left, s.Right)).ToList();
            var first = seed;
            var last = seed;
            while (last + 1 < lines.Count && Fits(lines[last], lines[last + 1], segments[last + 1], columns, spacing))
            {
                last++;
            }

            while (first - 1 >= 0 && tables.All(t => t.Last < first - 1) && Fits(lines[first], lines[first - 1], segments[first - 1], columns, spacing))
            {
                first--;
            }

            if (Read(lines, segments, first, last, columns, spacing) is { } table)
            {
                tables.Add(table);
                seed = table.Last;
            }
        }

        return tables;
    }

    /// <summary>The line's words grouped into cells; a list marker ("a)", "1.", "•") stays with the text after it.</summary>
    private static List<Segment> Segments(PdfLine line)
    {
        var result = new List<Segment>();
        foreach (var word in line.Words)
        {
            if (result.Count > 0 && (word.Left - result[^1].Right <= CellGap * line.FontSize || IsMarker(result[^1].Text)))
            {
                result[^1] = new Segment(result[^1].Left, word.Right, result[^1].Text + " " + word.Text);
            }
            else
            {
                result.Add(new Segment(word.Left, word.Right, word.Text));
            }
        }

        return result;

        static bool IsMarker(string text) => text is "•" or "-" or "–" or "▪" or "*" or "o" or "◦"
            || (text.Length is 2 or 3 && (text[^1] is '.' or ')') && text[..^1].All(c => char.IsDigit(c) || char.IsLower(c)));
    }

    /// <summary>
    /// Whether a neighbouring line belongs to the table: same font size, close enough, and each of its cells within one
    /// column (widening it), or beside all of them (a new column); the columns stay apart.
    /// </summary>
    private static bool Fits(PdfLine near, PdfLine line, List<Segment> cells, List<(double Left, double Right)> columns, double spacing)
    {
        if (Math.Abs(near.FontSize - line.FontSize) > 0.6 || Math.Abs(near.Baseline - line.Baseline) > MaxLineGap * spacing)
        {
            return false;
        }

        var widened = columns.ToList();
        foreach (var cell in cells)
        {
            var hits = widened.Select((c, i) => (c, i)).Where(x => cell.Left < x.c.Right && cell.Right > x.c.Left).ToList();
            if (hits.Count > 1)
            {
                return false;
            }

            if (hits.Count == 1)
            {
                var (c, i) = hits[0];
                widened[i] = (Math.Min(c.Left, cell.Left), Math.Max(c.Right, cell.Right));
            }
            else
            {
                widened.Add((cell.Left, cell.Right));
            }
        }

        widened.Sort((a, b) => a.Left.CompareTo(b.Left));
        for (var i = 1; i < widened.Count; i++)
        {
            if (widened[i].Left <= widened[i - 1].Right)
            {
                return false;
            }
        }

        columns.Clear();
        columns.AddRange(widened);
        return true;
    }

    /// <summary>
    /// The rows of lines <paramref name="first"/>..<paramref name="last"/>: lines close together form one row (cells that
    /// wrap, cells centred beside them), unless every line of a block of three or more, a full line apart, has cells of its
    /// own none of which continues in lower case (a table without padding, one row per line). Rows of one cell at the edges are left to the running text.
    /// </summary>
    private static Table? Read(IReadOnlyList<PdfLine> lines, List<List<Segment>> segments, int first, int last, List<(double Left, double Right)> columns, double spacing)
    {
        var blocks = new List<List<int>> { new() { first } };
        for (var i = first + 1; i <= last; i++)
        {
            if (lines[i - 1].Baseline - lines[i].Baseline > RowGap * spacing)
            {
                blocks.Add([]);
            }

            blocks[^1].Add(i);
        }

        var rows = new List<(int First, int Last, string?[] Cells)>();
        foreach (var block in blocks)
        {
            if (OneRowPerLine(block))
            {
                rows.AddRange(block.Select(i => (i, i, Cells([i]))));
            }
            else
            {
                rows.Add((block[0], block[^1], Cells(block)));
            }
        }

        while (rows.Count > 0 && Filled(rows[0].Cells) < 2)
        {
            rows.RemoveAt(0);
        }

        while (rows.Count > 0 && Filled(rows[^1].Cells) < 2)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (rows.Count(r => Filled(r.Cells) >= 2) < 2)
        {
            return null;
        }

        return new Table(rows[0].First, rows[^1].Last, [.. rows.Select(r => string.Join(": ", r.Cells.OfType<string>()))]);

        string?[] Cells(List<int> block)
        {
            var cells = new string?[columns.Count];
            foreach (var i in block)
            {
                foreach (var segment in segments[i])
                {
                    var c = columns.FindIndex(col => segment.Left < col.Right + 0.5 && segment.Right > col.Left - 0.5);
                    if (c < 0)
                    {
                        continue;
                    }

                    cells[c] = cells[c] is not { } before ? segment.Text
                        : before.EndsWith('-') && segment.Text.Length > 0 && char.IsLower(segment.Text[0]) ? before + segment.Text
                        : before + " " + segment.Text;
                }
            }

            return cells;
        }

        static int Filled(string?[] cells) => cells.Count(c => c is not null);

        // Three or more lines a full line apart, each with cells of its own and none continuing the cell above in lower case.
        bool OneRowPerLine(List<int> block) =>
            block.Count >= 3 && block.All(i => segments[i].Count >= 2)
            && block.Skip(1).All(i => lines[i - 1].Baseline - lines[i].Baseline >= 0.8 * spacing && !segments[i].Any(s => char.IsLower(s.Text[0])));
    }
}
