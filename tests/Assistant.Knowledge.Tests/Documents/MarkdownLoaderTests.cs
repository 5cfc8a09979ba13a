using System.Text;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Tests.Documents;

public sealed class MarkdownLoaderTests
{
    private static LoadedDocument Load(string markdown, string fileName = "vacature.md") =>
        new MarkdownLoader().Load(new MemoryStream(Encoding.UTF8.GetBytes(markdown)), fileName);

    [Fact]
    public void Load_HeadingsEmphasisLinksAndImages_ReturnsPlainLinesAndHeadingHints()
    {
        var markdown = """
            # Administratief medewerker (C1-C3)

            **Gemeente Zonnebeek** zoekt een __gedreven__ collega. Lees [het reglement](https://example.be/reglement.pdf).
            ![logo van de gemeente](logo.png)
            Solliciteren kan *uiterlijk* op 9 maart 2026.

            ## Wat bieden wij? ##
            - Maaltijdcheques van **€ 8** per dag
            * 33 vakantiedagen
            1. Schriftelijke proef
            2) Mondelinge proef
            """;

        var sut = Load(markdown);

        Assert.Equal(
            "Administratief medewerker (C1-C3)\n\n" +
            "Gemeente Zonnebeek zoekt een gedreven collega. Lees het reglement.\n" +
            "Solliciteren kan uiterlijk op 9 maart 2026.\n\n" +
            "Wat bieden wij?\n\n" +
            "- Maaltijdcheques van € 8 per dag\n- 33 vakantiedagen\n- Schriftelijke proef\n- Mondelinge proef",
            sut.Text);
        Assert.Equal(["Administratief medewerker (C1-C3)", "Wat bieden wij?"], sut.HeadingHints);
        Assert.Equal("md", sut.Format);
        Assert.Equal("vacature.md", sut.FileName);
    }

    [Fact]
    public void Load_CrlfTableAndSetextHeading_ReturnsLfColonRowsAndHint()
    {
        var markdown = "Functiegegevens\r\n===============\r\n\r\n| Loonschaal | C1-C3 |\r\n|---|:---:|\r\n| Regime | 4/5 |\r\n";

        var sut = Load(markdown);

        Assert.Equal("Functiegegevens\n\nLoonschaal: C1-C3\nRegime: 4/5", sut.Text);
        Assert.Equal(["Functiegegevens"], sut.HeadingHints);
    }

    [Fact]
    public void Load_UnderscoresInAddressesAndEscapes_KeepsThemLiteral()
    {
        var sut = Load("Mail naar jan_de_smet@zonnebeek.example of bel \\*0800\\*; zie <https://example.be/jobs> & _snel_.");

        Assert.Equal("Mail naar jan_de_smet@zonnebeek.example of bel *0800*; zie https://example.be/jobs & snel.", sut.Text);
    }

    [Fact]
    public void Load_FencedBlockAndRule_KeepsFenceContentDropsRule()
    {
        var sut = Load("Voor de rule\n\n---\n\n```\nFunctie:   Deskundige\n```\n");

        Assert.Equal("Voor de rule\n\nFunctie: Deskundige", sut.Text);
    }

    [Fact]
    public void Load_OnlyWhitespace_ThrowsDocumentLoadExceptionNamingFile()
    {
        var ex = Assert.Throws<DocumentLoadException>(() => Load(" \n\n  \n", "leeg.md"));

        Assert.Contains("leeg.md", ex.Message, StringComparison.Ordinal);
    }
}
