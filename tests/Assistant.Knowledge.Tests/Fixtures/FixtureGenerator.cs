using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Tests.Fixtures;

/// <summary>
/// The source of truth for the binary vacancy fixtures (the PDF and the Word document): their text is
/// in <see cref="VacancyFixtureTexts"/>, one block per line ("# " title, "## " heading, "- " bullet,
/// "1. " numbered item, "| a | b" table row, anything else a paragraph). Regenerate the checked-in
/// files with: REGENERATE_FIXTURES=1 dotnet test tests/Assistant.Knowledge.Tests --filter FullyQualifiedName~FixtureGenerator
/// </summary>
public static class FixtureGenerator
{
    public const string PdfFixture = "ocmw-meerdonk-maatschappelijk-werker.pdf";
    public const string DocxFixture = "provincie-westland-beleidsmedewerker-mobiliteit.docx";

    private const double Left = 60;
    private const double Top = 782;
    private const double Bottom = 80;
    private const double BodySize = 10;
    private const int BodyChars = 92;

    /// <summary>Writes the PDF and the Word fixture into <paramref name="directory"/>.</summary>
    public static void Generate(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, PdfFixture), WritePdf(VacancyFixtureTexts.Meerdonk, "OCMW Meerdonk – vacature maatschappelijk werker"));
        WriteDocx(Path.Combine(directory, DocxFixture), VacancyFixtureTexts.Westland);
    }

    /// <summary>Lays the blocks out on A4 pages: bold headings, "•" bullets, two-column table rows, a page footer.</summary>
    public static byte[] WritePdf(IReadOnlyList<string> blocks, string footer)
    {
        var pdf = new MinimalPdfWriter();
        var y = 0.0;
        var pages = new List<List<(string Text, double X, double Y, double Size, bool Bold)>>();

        void NewPage()
        {
            pages.Add([]);
            y = Top;
        }

        void Line(string text, double x, double size, bool bold, double spaceBefore)
        {
            if (pages.Count == 0 || y - spaceBefore - size < Bottom)
            {
                NewPage();
                spaceBefore = 0;
            }

            y -= spaceBefore;
            pages[^1].Add((text, x, y, size, bold));
            y -= size * 1.35;
        }

        var previous = "";
        foreach (var block in blocks)
        {
            var kind = Kind(block);
            var sameGroup = kind == Kind(previous) && kind is "- " or "1. " or "| ";
            var gap = previous.Length == 0 || sameGroup ? 0 : 9;
            switch (kind)
            {
                case "# ":
                    Line(block[2..], Left, 16, true, gap);
                    break;
                case "## ":
                    Line(block[3..], Left, 12.5, true, gap + 3);
                    break;
                case "- " or "1. ":
                    var marker = kind == "- " ? "•" : block[..block.IndexOf(' ', StringComparison.Ordinal)];
                    var wrapped = Wrap(block[(block.IndexOf(' ', StringComparison.Ordinal) + 1)..], BodyChars - 4);
                    Line(wrapped[0], Left + 18, BodySize, false, gap);
                    pages[^1].Add((marker, Left + 6, pages[^1][^1].Y, BodySize, false));
                    foreach (var rest in wrapped.Skip(1))
                    {
                        Line(rest, Left + 18, BodySize, false, 0);
                    }

                    break;
                case "| ":
                    var cells = block[2..].Split(" | ");
                    Line(cells[0] + ":", Left, BodySize, true, gap);
                    pages[^1].Add((cells[1], Left + 190, pages[^1][^1].Y, BodySize, false));
                    break;
                default:
                    var lines = Wrap(block, BodyChars);
                    Line(lines[0], Left, BodySize, false, gap);
                    foreach (var rest in lines.Skip(1))
                    {
                        Line(rest, Left, BodySize, false, 0);
                    }

                    break;
            }

            previous = block;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            pdf.AddPage();
            foreach (var (text, x, lineY, size, bold) in pages[i])
            {
                pdf.AddText(text, x, lineY, size, bold);
            }

            pdf.AddText($"{footer} – pagina {i + 1} van {pages.Count}", Left, 40, 8);
        }

        return pdf.Build(footer);
    }

    /// <summary>Writes the blocks as a Word document with "Kop1"/"Kop2" heading styles (as a Dutch Word names them), bullet and decimal numbering, and a table.</summary>
    public static void WriteDocx(string path, IReadOnlyList<string> blocks)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            HeadingStyle("Kop1", "heading 1", 32),
            HeadingStyle("Kop2", "heading 2", 26));
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            AbstractList(1, NumberFormatValues.Bullet, "•"),
            AbstractList(2, NumberFormatValues.Decimal, "%1."),
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });

        var body = new Body();
        Table? table = null;
        foreach (var block in blocks)
        {
            var kind = Kind(block);
            if (kind != "| ")
            {
                table = null;
            }

            switch (kind)
            {
                case "# ":
                    body.Append(StyledParagraph(block[2..], "Kop1"));
                    break;
                case "## ":
                    body.Append(StyledParagraph(block[3..], "Kop2"));
                    break;
                case "- " or "1. ":
                    var numbered = StyledParagraph(block[(block.IndexOf(' ', StringComparison.Ordinal) + 1)..], null);
                    numbered.ParagraphProperties = new ParagraphProperties(new NumberingProperties(
                        new NumberingLevelReference { Val = 0 },
                        new NumberingId { Val = kind == "- " ? 1 : 2 }));
                    body.Append(numbered);
                    break;
                case "| ":
                    if (table is null)
                    {
                        table = new Table(
                            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }),
                            new TableGrid(new GridColumn { Width = "3200" }, new GridColumn { Width = "6400" }));
                        body.Append(table);
                    }

                    table.Append(new TableRow(block[2..].Split(" | ").Select(cell => new TableCell(StyledParagraph(cell, null)))));
                    break;
                default:
                    body.Append(StyledParagraph(block, null));
                    break;
            }
        }

        // Word wants a paragraph after a closing table; the section properties make the page A4.
        body.Append(new Paragraph(), new SectionProperties(new PageSize { Width = 11906, Height = 16838 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static string Kind(string block) =>
        block.StartsWith("## ", StringComparison.Ordinal) ? "## "
        : block.StartsWith("# ", StringComparison.Ordinal) ? "# "
        : block.StartsWith("- ", StringComparison.Ordinal) ? "- "
        : block.StartsWith("| ", StringComparison.Ordinal) ? "| "
        : block.Length > 2 && char.IsAsciiDigit(block[0]) && block.Contains(". ", StringComparison.Ordinal) && block.IndexOf(". ", StringComparison.Ordinal) <= 2 ? "1. "
        : "";

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        lines.Add(line);
        return lines;
    }

    private static Paragraph StyledParagraph(string text, string? styleId)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (styleId is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        return paragraph;
    }

    private static Style HeadingStyle(string id, string name, int halfPoints) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

    private static AbstractNum AbstractList(int id, NumberFormatValues format, string text) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text })
        {
            LevelIndex = 0,
        })
        {
            AbstractNumberId = id,
        };
}
