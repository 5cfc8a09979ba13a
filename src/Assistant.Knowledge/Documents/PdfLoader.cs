using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Assistant.Knowledge.Documents;

/// <summary>
/// Reads the text layer of a PDF page by page in reading order (top to bottom, left to right). Lines
/// are rebuilt from the words' positions, a clearly larger vertical gap becomes a blank line, and
/// pages are separated by a blank line. PDF has no reliable heading markup, so no heading hints.
/// </summary>
public sealed class PdfLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public LoadedDocument Load(Stream content, string fileName)
    {
        var bytes = ReadAllBytes(content, fileName);
        if (bytes.Length == 0)
        {
            throw new DocumentLoadException($"{fileName}: the file is empty, not a valid PDF");
        }

        var pages = new List<string>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
            {
                var text = PdfPageText.Build(page.GetWords());
                if (text.Length > 0)
                {
                    pages.Add(text);
                }
            }
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentLoadException($"{fileName}: the PDF is password-protected; save an unprotected copy and try again", ex);
        }
        catch (Exception ex) when (ex is not DocumentLoadException)
        {
            throw new DocumentLoadException($"{fileName}: not a valid PDF ({ex.Message})", ex);
        }

        if (pages.Count == 0)
        {
            throw new DocumentLoadException($"{fileName}: the PDF contains no text (a scanned document needs OCR first)");
        }

        return new LoadedDocument(fileName, "pdf", string.Join("\n\n", pages), []);
    }

    private static byte[] ReadAllBytes(Stream content, string fileName)
    {
        try
        {
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new DocumentLoadException($"{fileName}: cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>Rebuilds the lines of one page from its words.</summary>
    private static class PdfPageText
    {
        /// <summary>Words whose baselines differ by less than this share of the font size are on one line.</summary>
        private const double BaselineTolerance = 0.35;

        /// <summary>A gap between baselines larger than this many times the usual line spacing is a paragraph break.</summary>
        private const double ParagraphGap = 1.4;

        public static string Build(IEnumerable<Word> words)
        {
            var lines = GroupLines(words.Where(word => !string.IsNullOrWhiteSpace(word.Text)));
            if (lines.Count == 0)
            {
                return "";
            }

            var spacing = UsualSpacing(lines);
            var tables = PdfTableReader.Find(lines, spacing);
            var text = new StringBuilder();
            var afterTable = false;
            for (var i = 0; i < lines.Count; i++)
            {
                if (tables.FirstOrDefault(t => t.First == i) is { } table)
                {
                    // A table's rows as the other loaders write them ("cell: cell"), one per line, as a block of its own.
                    text.Append(text.Length > 0 ? "\n\n" : "").AppendJoin("\n", table.Rows);
                    i = table.Last;
                    afterTable = true;
                    continue;
                }

                if (i > 0)
                {
                    var gap = lines[i - 1].Baseline - lines[i].Baseline;
                    var expected = Math.Min(spacing, 1.3 * Math.Max(lines[i - 1].FontSize, lines[i].FontSize));
                    text.Append(afterTable || gap > ParagraphGap * expected ? "\n\n" : "\n");
                }

                afterTable = false;
                text.Append(lines[i].Text);
            }

            return text.ToString();
        }

        private static List<PdfLine> GroupLines(IEnumerable<Word> words)
        {
            var lines = new List<List<(Word Word, double Baseline, double Size)>>();
            var ordered = words
                .Select(word => (Word: word, Baseline: word.Letters[0].StartBaseLine.Y, Size: FontSize(word)))
                .OrderByDescending(item => item.Baseline)
                .ThenBy(item => item.Word.BoundingBox.Left);
            foreach (var item in ordered)
            {
                var current = lines.Count > 0 ? lines[^1] : null;
                if (current is not null && Math.Abs(current[0].Baseline - item.Baseline) <= BaselineTolerance * Math.Max(current[0].Size, item.Size))
                {
                    current.Add(item);
                }
                else
                {
                    lines.Add([item]);
                }
            }

            return lines
                .Select(line => new PdfLine(
                    line[0].Baseline,
                    line.Max(item => item.Size),
                    [.. line.OrderBy(item => item.Word.BoundingBox.Left).Select(item => new PdfWord(item.Word.BoundingBox.Left, item.Word.BoundingBox.Right, item.Word.Text.Trim()))]))
                .ToList();
        }

        /// <summary>The most common distance between consecutive baselines, or 1.2 × the font size on a page of one line.</summary>
        private static double UsualSpacing(List<PdfLine> lines)
        {
            var gaps = new List<double>();
            for (var i = 1; i < lines.Count; i++)
            {
                var gap = lines[i - 1].Baseline - lines[i].Baseline;
                if (gap > 0)
                {
                    gaps.Add(Math.Round(gap, 1));
                }
            }

            if (gaps.Count == 0)
            {
                return 1.2 * lines[0].FontSize;
            }

            return gaps.GroupBy(gap => gap).OrderByDescending(group => group.Count()).ThenBy(group => group.Key).First().Key;
        }

        private static double FontSize(Word word)
        {
            var size = word.Letters.Max(letter => letter.PointSize);
            return size > 0 ? size : Math.Max(word.BoundingBox.Height, 1);
        }
    }

}

/// <summary>One word of a PDF line: its horizontal extent and its text.</summary>
internal sealed record PdfWord(double Left, double Right, string Text);

/// <summary>One visual line of a PDF page: the words sharing a baseline, left to right.</summary>
internal sealed record PdfLine(double Baseline, double FontSize, IReadOnlyList<PdfWord> Words)
{
    public string Text => string.Join(" ", Words.Select(word => word.Text));
}
