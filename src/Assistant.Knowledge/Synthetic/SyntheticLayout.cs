using System.Text;

namespace Assistant.Knowledge.Synthetic;

/// <summary>Lays out generated sections as plain text, in one of several heading styles, optionally with PDF-like broken lines.</summary>
internal static class SyntheticLayout
{
    private const int PdfLineWidth = 90;

    public static string Render(List<(string? Heading, List<string> Blocks)> sections, int headingStyle, bool pdfLike, Random random)
    {
        var text = new StringBuilder();
        text.Append("VACATURE\n\n");
        var number = 0;
        foreach (var (heading, blocks) in sections)
        {
            if (heading is not null)
            {
                number++;
                text.Append(headingStyle switch
                {
                    0 => heading,
                    1 => heading.ToUpperInvariant(),
                    2 => $"{number}. {heading}",
                    _ => heading.TrimEnd('?') + ":",
                }).Append("\n\n");
            }

            var inList = false;
            foreach (var block in blocks)
            {
                var isItem = block.Length > 2 && block[1] == ' ' && "•-▪*".Contains(block[0], StringComparison.Ordinal);
                if (inList && !isItem)
                {
                    text.Append('\n');
                }

                text.Append(pdfLike && !isItem ? Wrap(block) : block).Append(isItem && random.Next(6) > 0 ? "\n" : "\n\n");
                inList = isItem;
            }

            if (inList)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Breaks a paragraph into lines of about 90 characters separated by blank lines, as text pasted from a PDF.</summary>
    private static string Wrap(string block)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in block.Split(' '))
        {
            if (line.Length + word.Length > PdfLineWidth && line.Length > 0)
            {
                lines.Add(line.ToString() + " ");
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join("\n\n", lines);
    }
}
