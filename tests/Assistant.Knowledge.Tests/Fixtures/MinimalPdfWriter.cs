using System.Globalization;
using System.Text;

namespace Assistant.Knowledge.Tests.Fixtures;

/// <summary>
/// Writes a small, uncompressed PDF with text in Helvetica (WinAnsiEncoding), so that Dutch text with
/// "€", "é", "ë" and "ó" survives; PdfPig's own builder maps standard fonts through StandardEncoding,
/// which has none of those.
/// </summary>
internal sealed class MinimalPdfWriter
{
    public const double PageWidth = 595;
    public const double PageHeight = 842;

    private readonly List<StringBuilder> _pages = [];

    /// <summary>Starts a new page; text goes to the last page started.</summary>
    public void AddPage() => _pages.Add(new StringBuilder());

    /// <summary>Writes one line of text with its baseline at (x, y), in points from the bottom left.</summary>
    public void AddText(string text, double x, double y, double size, bool bold = false)
    {
        if (_pages.Count == 0)
        {
            AddPage();
        }

        _pages[^1].Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size:0.##} Tf {x:0.##} {y:0.##} Td (")
            .Append(Escape(text))
            .Append(") Tj ET\n");
    }

    /// <summary>
    /// The PDF file. With <paramref name="lockedWithUnknownPassword"/> the trailer declares standard
    /// encryption whose password nobody knows, which is how a password-protected PDF looks to a reader.
    /// </summary>
    public byte[] Build(string title, bool lockedWithUnknownPassword = false)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Object(string body)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        var firstPage = 5;
        var kids = string.Join(" ", Enumerable.Range(0, _pages.Count).Select(i => $"{firstPage + (2 * i)} 0 R"));
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object($"<< /Type /Pages /Kids [{kids}] /Count {_pages.Count} >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        foreach (var page in _pages)
        {
            var stream = page.ToString();
            Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] " +
                $"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {offsets.Count + 2} 0 R >>");
            Object($"<< /Length {stream.Length} >>\nstream\n{stream}endstream");
        }

        Object($"<< /Title ({Escape(title)}) /Producer (Assistant.Knowledge.Tests FixtureGenerator) >>");
        var info = offsets.Count;
        var encryption = "";
        if (lockedWithUnknownPassword)
        {
            Object($"<< /Filter /Standard /V 1 /R 2 /O <{new string('A', 64)}> /U <{new string('B', 64)}> /P -44 >>");
            var id = new string('C', 32);
            encryption = $" /Encrypt {offsets.Count} 0 R /ID [<{id}> <{id}>]";
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Info {info} 0 R{encryption} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A PDF string body: WinAnsi codes above 127 as octal escapes, so the file stays ASCII.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            var code = WinAnsi(c);
            if (code is (byte)'(' or (byte)')' or (byte)'\\')
            {
                escaped.Append('\\').Append(c);
            }
            else if (code < 32 || code > 126)
            {
                escaped.Append('\\').Append(Convert.ToString(code, 8).PadLeft(3, '0'));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static byte WinAnsi(char c) => c switch
    {
        < '\u0080' => (byte)c,
        >= '\u00A0' and <= '\u00FF' => (byte)c,
        '€' => 0x80,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        _ => throw new ArgumentException($"'{c}' (U+{(int)c:X4}) has no WinAnsiEncoding code", nameof(c)),
    };
}
