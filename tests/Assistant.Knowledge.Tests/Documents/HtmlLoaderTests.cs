using System.Text;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Tests.Documents;

public sealed class HtmlLoaderTests
{
    private static LoadedDocument Load(string html, string fileName = "vacature.html") =>
        new HtmlLoader().Load(new MemoryStream(Encoding.UTF8.GetBytes(html)), fileName);

    [Fact]
    public void Load_PageWithFurniture_DropsCookieBannerNavScriptAndFooter()
    {
        var html = """
            <!DOCTYPE html>
            <html lang="nl"><head><title>Vacature</title><style>body { color: red }</style></head>
            <body>
              <div id="cookie-banner" class="cc-window">Wij gebruiken cookies. <button>Alles aanvaarden</button></div>
              <header class="site-header"><a href="/">Gemeente Zonnebeek</a></header>
              <nav aria-label="Hoofdmenu"><ul><li><a href="/">Home</a></li><li><a href="/wonen">Wonen</a></li></ul></nav>
              <ol class="breadcrumb"><li>Home</li><li>Vacatures</li></ol>
              <main>
                <h1>Administratief   medewerker (C1-C3)</h1>
                <p>Je werkt in de dienst <strong>Burgerzaken</strong>.</p>
                <div class="share-buttons">Deel op Facebook</div>
                <script>window.dataLayer = []; gtag('config', 'G-123');</script>
                <noscript>Zet JavaScript aan</noscript>
              </main>
              <aside><h2>Andere vacatures</h2></aside>
              <footer><p>&copy; 2026 Gemeente Zonnebeek &ndash; privacyverklaring</p></footer>
            </body></html>
            """;

        var sut = Load(html);

        Assert.Equal("Administratief medewerker (C1-C3)\n\nJe werkt in de dienst Burgerzaken.", sut.Text);
        Assert.Equal(["Administratief medewerker (C1-C3)"], sut.HeadingHints);
        Assert.Equal("html", sut.Format);
    }

    [Fact]
    public void Load_ListsTablesBreaksAndEntities_ReturnsBulletsColonRowsAndLines()
    {
        var html = """
            <article>
              <header><h1>Maatschappelijk werker (B1-B3)</h1></header>
              <h2>Wat&nbsp;bieden wij?</h2>
              <p>Bruto maandloon: min. &euro;&nbsp;3.059,65 &ndash; max. &#8364; 4.697,36</p>
              <ul><li>Maaltijdcheques van &euro; 8</li><li><p>35 vakantiedagen</p></li></ul>
              <table>
                <tr><th>Loonschaal</th><td>B1-B3</td></tr>
                <tr><td>Regime</td><td>voltijds <em>(38 uur)</em></td></tr>
              </table>
              <dl><dt>Contract</dt><dd>onbepaalde duur</dd></dl>
              <p>Els Verstraete<br>03 000 45 67<br/>els@ocmw.example</p>
            </article>
            """;

        var sut = Load(html);

        Assert.Equal(
            "Maatschappelijk werker (B1-B3)\n\n" +
            "Wat bieden wij?\n\n" +
            "Bruto maandloon: min. € 3.059,65 – max. € 4.697,36\n\n" +
            "- Maaltijdcheques van € 8\n- 35 vakantiedagen\n\n" +
            "Loonschaal: B1-B3\nRegime: voltijds (38 uur)\n\n" +
            "Contract: onbepaalde duur\n\n" +
            "Els Verstraete\n03 000 45 67\nels@ocmw.example",
            sut.Text);
        Assert.Equal(["Maatschappelijk werker (B1-B3)", "Wat bieden wij?"], sut.HeadingHints);
    }

    [Fact]
    public void Load_NestedListAndInlineMarkup_KeepsWordsTogether()
    {
        var sut = Load("<ul><li>Diploma <b>B</b>achelor<ul><li>of gelijkwaardig</li></ul></li></ul><p>Slot</p>");

        Assert.Equal("- Diploma Bachelor\n- of gelijkwaardig\n\nSlot", sut.Text);
    }

    [Fact]
    public void Load_OnlyNavigation_ThrowsDocumentLoadExceptionNamingFile()
    {
        var ex = Assert.Throws<DocumentLoadException>(() => Load("<nav><a href='/'>Home</a></nav><script>x()</script>", "menu.html"));

        Assert.Contains("menu.html", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<footer><p>Bekendgemaakt in het Belgisch Staatsblad van 3 februari 2027. · Wetstraat 1, 1000 Brussel · Privacy · Cookies</p></footer>", "Bekendgemaakt in het Belgisch Staatsblad van 3 februari 2027.")]
    [InlineData("<footer class=\"site-footer\"><div>Gemeente Zonnebeek | Gepubliceerd op 12/01/2027 | Disclaimer</div></footer>", "Gepubliceerd op 12/01/2027.")]
    [InlineData("<footer><span>Publicatiedatum: 5 maart 2027</span><span> · </span><a href=\"/privacy\">Privacy</a></footer>", "Publicatiedatum: 5 maart 2027.")]
    public void Load_FooterDatingThePublication_KeepsThatSentenceOnly(string footer, string kept)
    {
        var html = $"<html><body><main><h1>Tuinier</h1><p>Je kan solliciteren tot de twintigste dag na de publicatie.</p></main>{footer}</body></html>";

        var sut = Load(html);

        Assert.EndsWith("\n\n" + kept, sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Disclaimer", sut.Text, StringComparison.Ordinal);
    }
}
