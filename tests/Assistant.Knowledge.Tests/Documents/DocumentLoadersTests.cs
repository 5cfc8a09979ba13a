using Assistant.Knowledge.Base;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Tests.Documents;

public sealed class DocumentLoadersTests
{
    public static TheoryData<string, byte[]> BrokenFiles()
    {
        var random = new byte[4096];
        new Random(2026).NextBytes(random);
        byte[] binary = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0xFF, 0xFF];
        return new TheoryData<string, byte[]>
        {
            { "willekeurig.pdf", random },
            { "willekeurig.docx", random },
            { "leeg.pdf", [] },
            { "leeg.docx", [] },
            { "leeg.html", [] },
            { "leeg.md", [] },
            { "programma.txt", binary },
            { "programma.html", binary },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Load_BrokenFile_ThrowsDocumentLoadExceptionNamingFile(string fileName, byte[] content)
    {
        using var directory = new TempDirectory();
        var path = directory.Write(fileName, content);
        var sut = KnowledgeDefaults.Loaders();

        var ex = Assert.Throws<DocumentLoadException>(() => sut.Load(path));

        Assert.StartsWith(fileName + ":", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnsupportedExtension_ThrowsDocumentLoadExceptionListingSupportedFormats()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("vacature.rtf", "{\\rtf1 Vacature}"u8.ToArray());
        var sut = KnowledgeDefaults.Loaders();

        var ex = Assert.Throws<DocumentLoadException>(() => sut.Load(path));

        Assert.StartsWith("vacature.rtf: unsupported format '.rtf'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", ex.Message, StringComparison.Ordinal);
        Assert.Contains(".pdf", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("a.md")]
    [InlineData("a.markdown")]
    [InlineData("a.html")]
    [InlineData("a.HTM")]
    [InlineData("a.pdf")]
    [InlineData("a.docx")]
    public void CanLoad_DefaultLoaders_AcceptsEveryBuiltInFormat(string fileName)
    {
        var sut = KnowledgeDefaults.Loaders();

        Assert.True(sut.CanLoad(fileName));
    }

    [Fact]
    public void Load_MarkdownFile_UsesMarkdownLoader()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("vacature.md", "# Titel\r\nTekst"u8.ToArray());
        var sut = KnowledgeDefaults.Loaders();

        var document = sut.Load(path);

        Assert.Equal("md", document.Format);
        Assert.Equal("Titel\n\nTekst", document.Text);
    }
}
