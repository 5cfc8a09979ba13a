using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Tests.Fixtures;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Assistant.Knowledge.Tests.Documents;

public sealed class PdfLoaderTests
{
    private static LoadedDocument Load(byte[] pdf, string fileName = "vacature.pdf") =>
        new PdfLoader().Load(new MemoryStream(pdf), fileName);

    /// <summary>A heading, a paragraph, a two-column row and a bullet list that runs onto a second page.</summary>
    private static byte[] TwoPageVacancy()
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        var first = builder.AddPage(PageSize.A4);
        first.AddText("Vacature maatschappelijk werker", 16, new PdfPoint(50, 780), bold);
        first.AddText("Je begeleidt inwoners naar werk", 10, new PdfPoint(50, 750), regular);
        first.AddText("en naar een betaalbare woning.", 10, new PdfPoint(50, 736), regular);
        first.AddText("B1-B3", 10, new PdfPoint(200, 710.4), regular);
        first.AddText("Loonschaal:", 10, new PdfPoint(50, 710), bold);
        first.AddText("•", 10, new PdfPoint(56, 684), regular);
        first.AddText("Maaltijdcheques van 8 euro", 10, new PdfPoint(68, 684), regular);
        first.AddText("•", 10, new PdfPoint(56, 670), regular);
        first.AddText("Hospitalisatieverzekering", 10, new PdfPoint(68, 670), regular);

        var second = builder.AddPage(PageSize.A4);
        second.AddText("•", 10, new PdfPoint(56, 780), regular);
        second.AddText("Fietsvergoeding", 10, new PdfPoint(68, 780), regular);
        second.AddText("Solliciteren kan tot 15 april 2026.", 10, new PdfPoint(50, 750), regular);
        return builder.Build();
    }

    [Fact]
    public void Load_TwoPagesFromPdfDocumentBuilder_RebuildsLinesParagraphsAndPages()
    {
        var sut = Load(TwoPageVacancy());

        Assert.Equal(
            "Vacature maatschappelijk werker\n\n" +
            "Je begeleidt inwoners naar werk\nen naar een betaalbare woning.\n\n" +
            "Loonschaal: B1-B3\n\n" +
            "• Maaltijdcheques van 8 euro\n• Hospitalisatieverzekering\n\n" +
            "• Fietsvergoeding\n\n" +
            "Solliciteren kan tot 15 april 2026.",
            sut.Text);
        Assert.Empty(sut.HeadingHints);
        Assert.Equal("pdf", sut.Format);
    }

    [Fact]
    public void Load_TableWithoutRulingLines_IsReadRowByRowAndCellByCell()
    {
        // Label cells centred beside value cells that wrap: line by line they interleave.
        var writer = new MinimalPdfWriter();
        writer.AddText("Informatiebundel", 57, 760, 11);
        writer.AddText("Graad", 120, 700, 11);
        writer.AddText("Deskundige archief", 230, 700, 11);
        writer.AddText("Uiterste", 118, 670, 11);
        writer.AddText("kandidaturen moeten ons bereiken voor vrijdag", 230, 670, 11);
        writer.AddText("12 maart 2027", 230, 657.2, 11);
        writer.AddText("inschrijvingsdatum", 84, 657.1, 11);
        writer.AddText("Standplaats", 106, 627, 11);
        writer.AddText("Het stadhuis", 230, 627, 11);
        writer.AddText("Na de tabel volgt gewone tekst die over de hele breedte van de pagina doorloopt.", 57, 590, 11);

        var sut = Load(writer.Build("tabel"));

        Assert.Equal(
            "Informatiebundel\n\n" +
            "Graad: Deskundige archief\n" +
            "Uiterste inschrijvingsdatum: kandidaturen moeten ons bereiken voor vrijdag 12 maart 2027\n" +
            "Standplaats: Het stadhuis\n\n" +
            "Na de tabel volgt gewone tekst die over de hele breedte van de pagina doorloopt.",
            sut.Text);
    }

    [Fact]
    public void Load_BorderlessSeniorityTable_GivesOneRowPerLine()
    {
        var writer = new MinimalPdfWriter();
        writer.AddText("Anciënniteit", 60, 700, 10);
        writer.AddText("Bruto maandloon", 250, 700, 10);
        writer.AddText("0 jaar", 60, 688, 10);
        writer.AddText("€ 3.000,00", 250, 688, 10);
        writer.AddText("5 jaar", 60, 676, 10);
        writer.AddText("€ 3.400,00", 250, 676, 10);

        var sut = Load(writer.Build("tabel"));

        Assert.Equal("Anciënniteit: Bruto maandloon\n0 jaar: € 3.000,00\n5 jaar: € 3.400,00", sut.Text);
    }

    [Fact]
    public void Load_DutchCharactersInWinAnsiFont_ReadsThemBack()
    {
        var writer = new MinimalPdfWriter();
        writer.AddText("Bruto maandloon: min. € 3.059,65 – max. € 4.697,36 vóór anciënniteit", 60, 780, 10);

        var sut = Load(writer.Build("test"));

        Assert.Equal("Bruto maandloon: min. € 3.059,65 – max. € 4.697,36 vóór anciënniteit", sut.Text);
    }

    [Fact]
    public void Load_PasswordProtected_ThrowsDocumentLoadExceptionSayingSo()
    {
        var writer = new MinimalPdfWriter();
        writer.AddText("Vertrouwelijk", 60, 780, 10);

        var ex = Assert.Throws<DocumentLoadException>(() => Load(writer.Build("test", lockedWithUnknownPassword: true), "beveiligd.pdf"));

        Assert.Contains("beveiligd.pdf", ex.Message, StringComparison.Ordinal);
        Assert.Contains("password", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_PageWithoutText_ThrowsDocumentLoadExceptionNamingFile()
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);

        var ex = Assert.Throws<DocumentLoadException>(() => Load(builder.Build(), "scan.pdf"));

        Assert.Contains("scan.pdf", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RandomBytes_ThrowsDocumentLoadExceptionNamingFile()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);

        var ex = Assert.Throws<DocumentLoadException>(() => Load(bytes, "kapot.pdf"));

        Assert.StartsWith("kapot.pdf: not a valid PDF", ex.Message, StringComparison.Ordinal);
    }
}
