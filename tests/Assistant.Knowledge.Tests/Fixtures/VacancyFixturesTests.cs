using Assistant.Knowledge.Base;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Tests.Fixtures;

/// <summary>The checked-in vacancy fixtures load and keep the facts that EXPECTED.md lists, phrased as written.</summary>
public sealed class VacancyFixturesTests
{
    private const string Html = "gemeente-zonnebeek-administratief-medewerker.html";
    private const string Pdf = FixtureGenerator.PdfFixture;
    private const string Docx = FixtureGenerator.DocxFixture;

    private static readonly Dictionary<string, string[]> KeyPhrases = new()
    {
        [Html] =
        [
            "Administratief medewerker burgerzaken (C1-C3)", "Gemeente Zonnebeek",
            "Regime: deeltijds 4/5 (30,4 uur per week), contract van onbepaalde duur",
            "uiterlijk op maandag 9 maart 2026 om 12 uur",
            "minstens 2 jaar ervaring hebt in een administratieve functie en slaagt voor een redeneertest",
            "Europese Unie (EU) of de Europese Economische Ruimte (EER)", "niet ouder is dan 3 maanden",
            "op dinsdag 17 maart 2026. Deze test is eliminerend.", "Schriftelijke proef op 50 punten",
            "in de week van 20 april 2026", "minstens 50% behaalt op elk onderdeel en 60% op het totaal",
            "wervingsreserve van 2 jaar aan, verlengbaar met 1 jaar",
            "Bruto maandloon: min. € 2.635,19 – max. € 3.974,01", "Met 10 jaar anciënniteit: € 3.183,45 per maand",
            "tot maximaal 10 jaar", "- Maaltijdcheques van € 8 per gewerkte dag", "- 33 vakantiedagen per jaar",
            "Sofie Vandamme, personeelsdienst\nTel. 051 00 27 13\nE-mail: sofie.vandamme@zonnebeek.example",
        ],
        [Pdf] =
        [
            "Maatschappelijk werker (B1-B3)", "OCMW Meerdonk", "voltijds (38 uur per week), contract van onbepaalde duur",
            "vóór 15 april 2026", "minstens 3 jaar beroepservaring als hulpverlener in de welzijnssector",
            "uittreksel uit het strafregister (model art. 595) dat niet ouder is dan 3 maanden", "rijbewijs B",
            "Deze stap is eliminerend", "Schriftelijke proef (op 40 punten) op zaterdag 25 april 2026 in de voormiddag (onder voorbehoud)",
            "Mondelinge proef (op 60 punten) in de week van 4 mei 2026", "minstens 50% op elke proef afzonderlijk en minstens 60% op het totaal",
            "wervingsreserve die 3 jaar geldig is", "Bruto maandloon: min. € 3.059,65 – max. € 4.697,36",
            "Met 5 jaar anciënniteit: € 3.402,75 bruto per maand", "nemen we onbeperkt mee",
            "• Maaltijdcheques van € 8 per gewerkte dag", "Els Verstraete, hoofdmaatschappelijk werker, 03 000 45 67, els.verstraete@ocmwmeerdonk.example",
        ],
        [Docx] =
        [
            "Beleidsmedewerker mobiliteit (A1a-A3a)", "Provincie Westland", "Uiterste sollicitatiedatum: ten laatste op 31/01/2026 (23u59)",
            "minstens 4 jaar relevante beroepservaring in mobiliteit of ruimtelijke planning", "capaciteitstest op masterniveau",
            "Europese Economische Ruimte (EER) of van Zwitserland", "in de week van 9 februari 2026", "Deze test is eliminerend",
            "Schriftelijke case-opdracht (op 50 punten) op woensdag 18 februari 2026",
            "Selectiegesprek (op 50 punten) op dinsdag 3 maart 2026 (onder voorbehoud)",
            "wervingsreserve van 1 jaar, die eenmaal met 1 jaar verlengd kan worden",
            "Bruto jaarloon met 6 jaar anciënniteit: € 57.302,10", "tot maximaal 18 jaar", "- Maaltijdcheques van € 8 per gewerkte dag",
            "Selectieprocedure en verloning: Lotte Maes, team Rekrutering, 050 00 31 40, rekrutering@provincie-westland.example",
        ],
    };

    public static TheoryData<string, string> Phrases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (fileName, phrases) in KeyPhrases)
        {
            foreach (var phrase in phrases)
            {
                data.Add(fileName, phrase);
            }
        }

        return data;
    }

    private static LoadedDocument Load(string fileName) => KnowledgeDefaults.Loaders().Load(FixturePaths.Output(fileName));

    /// <summary>The PDF wraps long sentences, so phrases are compared with line breaks inside paragraphs read as spaces.</summary>
    private static string Unwrapped(string text) => text.Replace("\n\n", "\u2029", StringComparison.Ordinal).Replace('\n', ' ').Replace('\u2029', '\n');

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Load_VacancyFixture_ContainsKeyPhrase(string fileName, string phrase)
    {
        var sut = Load(fileName);

        var text = fileName == Pdf ? Unwrapped(sut.Text) : sut.Text;
        Assert.Contains(phrase, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HtmlFixture_DropsCookieBannerNavigationScriptsAndFooter()
    {
        var sut = Load(Html);

        Assert.DoesNotContain("cookie", sut.Text, StringComparison.OrdinalIgnoreCase);
        foreach (var furniture in new[] { "gtag", "dataLayer", "Naar de inhoud", "Wonen en leven", "Werken bij de gemeente", "Zoek", "Marktplein", "Privacyverklaring", "Deel deze vacature", "LinkedIn", "Andere vacatures" })
        {
            Assert.DoesNotContain(furniture, sut.Text, StringComparison.Ordinal);
        }

        Assert.StartsWith("Administratief medewerker burgerzaken (C1-C3)\n\nGemeente Zonnebeek zoekt", sut.Text, StringComparison.Ordinal);
        Assert.Equal(
            ["Administratief medewerker burgerzaken (C1-C3)", "Wat doe je?", "Wie ben jij?", "Diploma", "Algemene voorwaarden", "Wat bieden wij?", "Selectieprocedure", "Solliciteren", "Meer info"],
            sut.HeadingHints);
    }

    [Fact]
    public void Load_DocxFixture_ReportsHeadingStylesAsHints()
    {
        var sut = Load(Docx);

        Assert.Equal(
            ["Beleidsmedewerker mobiliteit (A1a-A3a)", "Over de job", "Jouw profiel", "Ons aanbod", "Selectieprocedure", "Solliciteren", "Contact"],
            sut.HeadingHints);
        Assert.Contains("- Je bereidt het provinciale mobiliteitsbeleid voor en volgt de uitvoering ervan op.\n- Je trekt projecten", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PdfFixture_SeparatesParagraphsAndPages()
    {
        var sut = Load(Pdf);

        Assert.StartsWith("Maatschappelijk werker (B1-B3)\n\nOCMW Meerdonk – Sociale Dienst, team Eerstelijnshulp\n\nGraad: maatschappelijk werker\nNiveau en salarisschaal: B1-B3\n", sut.Text, StringComparison.Ordinal);
        Assert.Empty(sut.HeadingHints);
        Assert.Contains("pagina 1 van 2", sut.Text, StringComparison.Ordinal);
    }
}
