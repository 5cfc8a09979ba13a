using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Documents;

/// <summary>
/// Reads a Word document (.docx): paragraphs and tables in body order. Paragraphs styled as a heading
/// or title (style id or name starting with Heading, Kop, Title or Titel) are the heading hints;
/// numbered and bulleted paragraphs get a "- " bullet; table rows become "cell1: cell2" lines.
/// </summary>
public sealed class DocxLoader : IDocumentLoader
{
    private static readonly string[] HeadingStylePrefixes = ["heading", "kop", "title", "titel"];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public LoadedDocument Load(Stream content, string fileName)
    {
        DocumentTextBuilder builder;
        try
        {
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            if (buffer.Length == 0)
            {
                throw new DocumentLoadException($"{fileName}: the file is empty, not a valid Word document");
            }

            if (IsCompoundFile(buffer))
            {
                throw new DocumentLoadException($"{fileName}: not a valid Word document (an old .doc file or a password-protected document; save it as .docx without a password)");
            }

            buffer.Position = 0;
            using var document = WordprocessingDocument.Open(buffer, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentLoadException($"{fileName}: not a valid Word document (no document body)");
            var styles = new DocxStyles(document.MainDocumentPart.StyleDefinitionsPart?.Styles);
            builder = new DocumentTextBuilder();
            AddBlocks(body.ChildElements, styles, builder);
        }
        catch (Exception ex) when (ex is not DocumentLoadException)
        {
            throw new DocumentLoadException($"{fileName}: not a valid Word document ({ex.Message})", ex);
        }

        if (builder.IsEmpty)
        {
            throw new DocumentLoadException($"{fileName}: the Word document contains no text");
        }

        return new LoadedDocument(fileName, "docx", builder.Build(), builder.HeadingHints);
    }

    private static void AddBlocks(IEnumerable<OpenXmlElement> elements, DocxStyles styles, DocumentTextBuilder builder)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph, styles, builder);
                    break;
                case Table table:
                    builder.EndGroup();
                    builder.AddTable(table.Elements<TableRow>().Select(row => row.Elements<TableCell>().Select(CellText)));

                    builder.EndGroup();
                    break;
                case SdtBlock block when block.SdtContentBlock is not null:
                    AddBlocks(block.SdtContentBlock.ChildElements, styles, builder);
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddParagraph(Paragraph paragraph, DocxStyles styles, DocumentTextBuilder builder)
    {
        var text = ParagraphText(paragraph);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (styles.IsHeading(styleId, HeadingStylePrefixes) || properties?.OutlineLevel?.Val?.Value is 0)
        {
            builder.AddHeading(text);
        }
        else if (IsNumbered(properties?.NumberingProperties) || IsNumbered(styles.Numbering(styleId)))
        {
            builder.AddListItem(text);
        }
        else
        {
            builder.EndGroup();
            builder.AddParagraph(text);
        }
    }

    /// <summary>The OLE compound-file signature of .doc files and of encrypted Office documents.</summary>
    private static bool IsCompoundFile(MemoryStream buffer) =>
        buffer.Length >= 8 && buffer.GetBuffer().AsSpan(0, 8).SequenceEqual(CompoundFileSignature);

    /// <summary>numId 0 explicitly switches numbering off.</summary>
    private static bool IsNumbered(NumberingProperties? numbering) =>
        numbering is not null && numbering.NumberingId?.Val?.Value != 0;

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.Descendants<Paragraph>().Select(ParagraphText).Where(text => !string.IsNullOrWhiteSpace(text)));

    /// <summary>The visible text of a paragraph: text runs, tabs as spaces, line breaks as '\n'; deleted revisions are skipped.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text run:
                    text.Append(run.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }
}
