using Assistant.Knowledge.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Tests.Documents;

public sealed class DocxLoaderTests
{
    private static LoadedDocument Load(byte[] docx, string fileName = "vacature.docx") =>
        new DocxLoader().Load(new MemoryStream(docx), fileName);

    private static Paragraph Styled(string text, string? styleId = null, int? numberingId = null)
    {
        var properties = new ParagraphProperties();
        if (styleId is not null)
        {
            properties.Append(new ParagraphStyleId { Val = styleId });
        }

        if (numberingId is not null)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId }));
        }

        return new Paragraph(properties, new Run(new Text(text)));
    }

    private static Style ParagraphStyle(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    /// <summary>A Heading1 title, paragraphs, a heading whose style id says nothing but whose name is "Kop 2", a numbered list and a table.</summary>
    private static byte[] VacancyDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                ParagraphStyle("Heading1", "heading 1"),
                ParagraphStyle("Style12", "Kop 2"),
                ParagraphStyle("Koptekst", "header"));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 })
                {
                    AbstractNumberId = 1,
                },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });

            var lineBreak = new Paragraph(new Run(new Text("Regel een"), new Break(), new Text("Regel twee")));
            var table = new Table(
                new TableRow(new TableCell(Styled("Loonschaal")), new TableCell(Styled("A1a-A3a"))),
                new TableRow(new TableCell(Styled("Regime")), new TableCell(Styled("voltijds")), new TableCell(Styled(""))));
            main.Document = new Document(new Body(
                Styled("Beleidsmedewerker mobiliteit (A1a-A3a)", "Heading1"),
                Styled("Provincie Westland zoekt een collega."),
                new Paragraph(),
                lineBreak,
                Styled("Wat bieden wij?", "Style12"),
                Styled("Case-opdracht", numberingId: 1),
                Styled("Selectiegesprek", numberingId: 1),
                Styled("Geen lijst meer", numberingId: 0),
                table,
                Styled("Provincie Westland – dienst Personeel", "Koptekst")));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    [Fact]
    public void Load_HeadingsNumberingAndTable_ReturnsStructuredTextAndHints()
    {
        var sut = Load(VacancyDocument());

        Assert.Equal(
            "Beleidsmedewerker mobiliteit (A1a-A3a)\n\n" +
            "Provincie Westland zoekt een collega.\n\n" +
            "Regel een\nRegel twee\n\n" +
            "Wat bieden wij?\n\n" +
            "- Case-opdracht\n- Selectiegesprek\n\n" +
            "Geen lijst meer\n\n" +
            "Loonschaal: A1a-A3a\nRegime: voltijds\n\n" +
            "Provincie Westland – dienst Personeel",
            sut.Text);
        Assert.Equal(["Beleidsmedewerker mobiliteit (A1a-A3a)", "Wat bieden wij?"], sut.HeadingHints);
        Assert.Equal("docx", sut.Format);
    }

    [Fact]
    public void Load_RandomBytes_ThrowsDocumentLoadExceptionNamingFile()
    {
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);

        var ex = Assert.Throws<DocumentLoadException>(() => Load(bytes, "kapot.docx"));

        Assert.StartsWith("kapot.docx: not a valid Word document", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OldDocOrEncryptedFile_ThrowsDocumentLoadExceptionExplainingWhy()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00];

        var ex = Assert.Throws<DocumentLoadException>(() => Load(compoundFile, "beveiligd.docx"));

        Assert.StartsWith("beveiligd.docx: not a valid Word document", ex.Message, StringComparison.Ordinal);
        Assert.Contains("password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZipWithoutWordDocument_ThrowsDocumentLoadExceptionNamingFile()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("geen Word-document");
        }

        var ex = Assert.Throws<DocumentLoadException>(() => Load(stream.ToArray(), "archief.docx"));

        Assert.Contains("archief.docx", ex.Message, StringComparison.Ordinal);
    }
}
